// 问题清单：一次列出全部问题，但最多列出 MAX_LISTED 条，其余只报条数。
import { expect } from 'chai';
import { InputError, MAX_LISTED, listDiagnostics, type Diagnostic } from '../src/diagnostics.ts';
import { msg } from '../src/messages.ts';

const many = (n: number): Diagnostic[] => Array.from({ length: n }, (_, i) => msg.notANumber('big.csv', i + 2, 'x'));

describe('diagnostics', () => {
  it('lists every problem when there are few', () => {
    expect(listDiagnostics(many(3))).to.have.length(3);
  });
  it('lists the first problems of a huge list and counts the rest', () => {
    const lines = listDiagnostics(many(200_000));
    expect(lines).to.have.length(MAX_LISTED + 1);
    expect(lines[0]).to.match(/^big\.csv:2: /);
    expect(lines.at(-1)).to.equal(msg.moreProblems(200_000 - MAX_LISTED));
    const error = new InputError(many(200_000));
    expect(error.diagnostics).to.have.length(200_000);
    expect(error.message.split('\n').length).to.be.lessThan(2 * MAX_LISTED + 3);
  });
});
