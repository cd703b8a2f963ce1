// jest setupFilesAfterEnv of the e2e project: every answer a suite receives through the test app
// is recorded (recorder.ts), and after the suite each one is held to the app's OpenAPI document.
// An undeclared status or media type, or a body the document's schema rejects, fails the suite.
import { appendFileSync } from 'node:fs';
import { afterAll, expect } from '@jest/globals';
import { ConformanceChecker } from './conformance.js';
import { enableRecording } from './recorder.js';

const state = enableRecording();

afterAll(() => {
  if (!state.exchanges.length) return;
  if (!state.document) throw new Error('answers were recorded but the OpenAPI document was not fetched');
  const report = new ConformanceChecker(state.document).check(state.exchanges);
  // CONFORMANCE_REPORT=<file>: one line per suite, to add the counts up across a run.
  if (process.env.CONFORMANCE_REPORT) {
    const line = {
      suite: expect.getState().testPath,
      checked: report.checked,
      outsideDocument: report.outsideDocument,
      pairs: [...report.pairs],
      failures: report.failures,
    };
    appendFileSync(process.env.CONFORMANCE_REPORT, `${JSON.stringify(line)}\n`);
  }
  if (report.failures.length) {
    const list = report.failures
      .slice(0, 30)
      .map((f) => `  ${f.exchange}: ${f.problem}`)
      .join('\n');
    throw new Error(
      `${report.failures.length} of ${report.checked} answers do not conform to the OpenAPI document:\n${list}`,
    );
  }
});
