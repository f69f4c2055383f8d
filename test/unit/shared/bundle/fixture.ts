// Valid review bundle and backup built from the report fixture, shared by the bundle tests.
import type { Backup, ReviewBundle } from '../../../../shared/bundle/types';
import { buildBundle } from '../../../../shared/report/json';
import { assessment, audit, evidenceSha, review } from '../report/fixture';

export const MAX = 10 * 1024 * 1024;

export function validBundle(): ReviewBundle {
  return buildBundle({
    review,
    assessment,
    audit,
    evidence: [{ id: 'ev-1', name: 'arch.pdf', sha256: evidenceSha, size: 5, addedAt: '2026-11-05T12:00:00.000Z', note: 'NDA', ruleIds: ['SC-01'], contentBase64: 'aGVsbG8=' }],
    exportedAt: '2026-11-27T12:00:00.000Z',
    appVersion: '0.1.0',
  });
}

export function validBackup(): Backup {
  return {
    format: 'airlock-backup',
    formatVersion: 1,
    exportedAt: '2026-11-27T12:00:00.000Z',
    appVersion: '0.1.0',
    reviews: [review],
    audit,
    bin: [{ id: 'bin-1', kind: 'review', deletedAt: '2026-11-20T00:00:00.000Z', review: { ...review, id: 'rev-old', title: 'Old review' }, audit: [] }],
    settings: { reviewerName: 'J. Counsel', 'export.marking': 'Privileged', 'ui.compact': true, 'ui.zoom': 1.25, empty: null },
  };
}

