import { givenEvents } from '@giaoviec/kernel/testing';
import { taskDecider } from './task.decider';
import { MAX_SOURCE_QUOTED_TEXT_LENGTH } from './task-source';
import { asStandingOffice, assignCommand, assigned, TODAY } from './task.test-fixtures';
import { isAssigned } from './task.state';

const SOURCE = {
  documentNumber: '495/KH-UBND',
  section: 'III.5.2',
  quotedText: 'Xây dựng Kho dữ liệu (Data Warehouse) hoặc Hồ dữ liệu (Data Lake) cấp tỉnh.',
};

describe('Task: the document it comes from', () => {
  it('records the document, the section and the quoted text, trimmed', () => {
    givenEvents(taskDecider, [])
      .when(
        assignCommand({
          source: {
            documentNumber: ' 495/KH-UBND ',
            section: ' III.5.2 ',
            quotedText: `  ${SOURCE.quotedText}\n`,
          },
        }),
        asStandingOffice(),
      )
      .then([assigned({ assignedOn: TODAY, source: SOURCE })]);
  });

  it('records a document that shows no number as null', () => {
    givenEvents(taskDecider, [])
      .when(assignCommand({ source: { ...SOURCE, documentNumber: null } }), asStandingOffice())
      .then([assigned({ assignedOn: TODAY, source: { ...SOURCE, documentNumber: null } })]);
  });

  it('refuses a source without a section or without a quote', () => {
    givenEvents(taskDecider, [])
      .when(assignCommand({ source: { ...SOURCE, section: '  ' } }), asStandingOffice())
      .thenFails('task.invalid_source');
    givenEvents(taskDecider, [])
      .when(assignCommand({ source: { ...SOURCE, quotedText: '' } }), asStandingOffice())
      .thenFails('task.invalid_source');
  });

  it('refuses a quote longer than a passage of a plan', () => {
    givenEvents(taskDecider, [])
      .when(
        assignCommand({ source: { ...SOURCE, quotedText: 'x'.repeat(MAX_SOURCE_QUOTED_TEXT_LENGTH + 1) } }),
        asStandingOffice(),
      )
      .thenFails('task.invalid_source');
  });

  it('keeps the source in the state; a task assigned before it was recorded has none', () => {
    const withSource = [assigned({ source: SOURCE })].reduce(taskDecider.evolve, taskDecider.initialState());
    const before = [assigned()].reduce(taskDecider.evolve, taskDecider.initialState());
    expect(isAssigned(withSource) && withSource.source).toEqual(SOURCE);
    expect(isAssigned(before) && before.source).toBeNull();
  });
});
