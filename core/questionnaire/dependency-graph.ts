import { parse, references } from '../expressions/index.ts';
import { expressionSource } from './blank.ts';
import { repeatStructure } from './repeat-structure.ts';
import type { Question, QuestionnaireVersion } from './types.ts';

/** Question code -> codes of the questions whose values it needs before it can be settled. */
export type DependencyGraph = ReadonlyMap<string, readonly string[]>;

function codesIn(field: string | null | undefined): readonly string[] {
  const source = expressionSource(field);
  if (source === undefined) return [];
  const parsed = parse(source);
  return parsed.ok ? references(parsed.ast).codes : [];
}

/**
 * A question depends on what its relevance and its calculation read (not its constraint, which decides
 * nothing about values), a repeat also on its `repeat_count`. A relevance naming its own question is left
 * out here: it is reported on its own, and reads a missing value at run time.
 */
function dependenciesOf(question: Question, existing: ReadonlySet<string>): readonly string[] {
  const fromRelevance = codesIn(question.relevant).filter((code) => code !== question.code);
  const fromCalculation = codesIn(question.calculation);
  const fromCount = codesIn(question.repeat_count);
  return [...new Set([...fromRelevance, ...fromCalculation, ...fromCount])].filter((code) => existing.has(code));
}

/** Kept per version object, as its compiled expressions are (compiled-version.ts). */
const graphs = new WeakMap<QuestionnaireVersion, DependencyGraph>();
const orders = new WeakMap<DependencyGraph, readonly string[]>();

export function dependencyGraph(version: QuestionnaireVersion): DependencyGraph {
  const cached = graphs.get(version);
  if (cached) return cached;
  const graph = buildGraph(version);
  graphs.set(version, graph);
  return graph;
}

/**
 * A repeat's instances are settled together, so from outside a repeat a question of it stands for the
 * repeat (`sum(${AGE})` waits for every instance), or for the outermost repeat holding it that the reader is
 * not in; and a repeat waits for what its questions, at any depth, read outside it. Inside an instance, its
 * questions depend on one another as anywhere else.
 */
function buildGraph(version: QuestionnaireVersion): DependencyGraph {
  const existing = new Set(version.questions.map((question) => question.code));
  const { ancestors } = repeatStructure(version);
  /** What `code` stands for when read from a question asked in the repeats `scope`. */
  const seenFrom = (scope: readonly string[], code: string): string => {
    const path = ancestors(code);
    let shared = 0;
    while (shared < scope.length && path[shared] === scope[shared]) shared += 1;
    return path[shared] ?? code;
  };
  const graph = new Map<string, string[]>();
  for (const question of version.questions) {
    if (graph.has(question.code)) continue;
    const scope = ancestors(question.code);
    const dependencies = dependenciesOf(question, existing).map((code) => seenFrom(scope, code));
    graph.set(question.code, [...new Set(dependencies)]);
  }
  for (const [code, direct] of graph) {
    for (const repeat of ancestors(code)) {
      const dependencies = graph.get(repeat);
      if (dependencies === undefined) continue;
      const scope = ancestors(repeat);
      for (const dependency of direct.map((read) => seenFrom(scope, read))) {
        if (dependency !== repeat && !dependencies.includes(dependency)) dependencies.push(dependency);
      }
    }
  }
  return graph;
}

/**
 * The cycles of the graph, each as a closed path (`['A', 'B', 'A']`), found by depth-first search in
 * the graph's order; a cycle reached again through another entry point is reported once.
 */
export function findCycles(graph: DependencyGraph): readonly (readonly string[])[] {
  const finished = new Set<string>();
  const path: string[] = [];
  const cycles: string[][] = [];
  const seen = new Set<string>();

  const visit = (code: string): void => {
    const onPath = path.indexOf(code);
    if (onPath !== -1) {
      const cycle = [...path.slice(onPath), code];
      const key = [...new Set(cycle)].sort().join('\u0000');
      if (!seen.has(key)) {
        seen.add(key);
        cycles.push(cycle);
      }
      return;
    }
    if (finished.has(code)) return;
    path.push(code);
    for (const dependency of graph.get(code) ?? []) visit(dependency);
    path.pop();
    finished.add(code);
  };

  for (const code of graph.keys()) visit(code);
  return cycles;
}

/**
 * Codes in an order where each comes after what it depends on, otherwise in display order, so that
 * forms that only look backwards are evaluated top to bottom. Cycles are broken where met.
 */
export function evaluationOrder(graph: DependencyGraph): readonly string[] {
  const cached = orders.get(graph);
  if (cached) return cached;
  const order = buildOrder(graph);
  orders.set(graph, order);
  return order;
}

function buildOrder(graph: DependencyGraph): readonly string[] {
  const order: string[] = [];
  const started = new Set<string>();
  const visit = (code: string): void => {
    if (started.has(code)) return;
    started.add(code);
    for (const dependency of graph.get(code) ?? []) visit(dependency);
    order.push(code);
  };
  for (const code of graph.keys()) visit(code);
  return order;
}

/** The given codes and every code whose relevance or calculation reads one of them, directly or not. */
export function withDependents(graph: DependencyGraph, codes: ReadonlySet<string>): ReadonlySet<string> {
  const reached = new Set(codes);
  for (let grew = true; grew;) {
    grew = false;
    for (const [code, dependencies] of graph) {
      if (!reached.has(code) && dependencies.some((dependency) => reached.has(dependency))) {
        reached.add(code);
        grew = true;
      }
    }
  }
  return reached;
}
