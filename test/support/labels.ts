import type { QuestionId } from '../../src/content/answers';
import { optionContent } from '../../src/content/questions';

/** An answer's words, as its question shows them; a test naming an answer the content lacks fails here. */
export function answerLabel(question: QuestionId, value: string): string {
  const option = optionContent(question, value);
  if (!option) throw new Error(`${question} has no answer ${value}`);
  return option.label;
}
