import type { TestProject } from 'vitest/node';
import { startTestInstance, type InstanceInfo } from './instance.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    directus: InstanceInfo;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const instance = await startTestInstance();
  project.provide('directus', instance.info);
  return instance.dispose;
}
