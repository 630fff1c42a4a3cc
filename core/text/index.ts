export { checkText, COMMENT, LABEL, REASON, visibleLength, type TextCheck, type TextRule } from './text.ts';
