/**
 * Vitest's order, except that the browser files which load every page start first. A fresh clone has
 * no timings from an earlier run, and Vitest then starts the largest files first: these are small, so
 * they started last and left one worker running them alone for minutes while the other core idled.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const SLOW = ['tests/browser/axe.test.ts', 'tests/browser/robustness.test.ts', 'tests/browser/layout.test.ts'];

const rank = (spec: TestSpecification) => {
  const i = SLOW.findIndex((file) => spec.moduleId.endsWith(`/${file}`));
  return i === -1 ? SLOW.length : i;
};

export default class SlowFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b)); // stable: Vitest's order otherwise
  }
}
