// The instruments table: exactly one entry per instrument id, replacements that resolve, history that is never
// presented as current law, ISO dates, Chinese titles for PRC instruments, and both CSL numberings.
import { describe, expect, it } from 'vitest';
import { INSTRUMENT_IDS } from '../../../../shared/catalogue/instrument-ids';
import {
  CSL_ARTICLE_MAP,
  cslArticles,
  formatCslArticle,
  INSTRUMENTS,
  instrumentById,
} from '../../../../shared/catalogue/instruments';
import type { InstrumentStatus } from '../../../../shared/catalogue/types';

const HISTORICAL_STATUSES: readonly InstrumentStatus[] = ['repealed', 'suspended', 'draft', 'withdrawn'];
const ISO_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
/** Instruments that are not PRC law and so need no Chinese title. */
const FOREIGN = new Set<string>(['EU-CRA']);

describe('INSTRUMENTS', () => {
  it('has exactly one entry per instrument id and no other ids', () => {
    const ids = INSTRUMENTS.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...INSTRUMENT_IDS].sort());
  });

  it('resolves every replacement chain, without cycles, to an instrument that is not historical', () => {
    for (const start of INSTRUMENTS.filter((x) => x.replacedBy !== undefined)) {
      const seen = new Set<string>([start.id]);
      let current = start;
      while (current.replacedBy !== undefined) {
        current = instrumentById(current.replacedBy);
        expect(seen.has(current.id), `cycle through ${current.id}`).toBe(false);
        seen.add(current.id);
      }
      expect(current.historical, `${start.id} ends at ${current.id}`).toBe(false);
    }
    expect(instrumentById('CRM-2017-TRIAL').replacedBy).toBe('CRM-2020');
    expect(instrumentById('CRM-2020').replacedBy).toBe('CRM-2022');
  });

  it('never marks a repealed, suspended, draft or withdrawn instrument as current, nor a historical one as in force', () => {
    for (const i of INSTRUMENTS) {
      if (HISTORICAL_STATUSES.includes(i.status)) expect(i.historical, i.id).toBe(true);
      if (i.historical) expect(HISTORICAL_STATUSES, i.id).toContain(i.status);
    }
  });

  it('marks the superseded instruments the brief names as historical', () => {
    const named = [
      'MPS-ORDER-151',
      'CBRC-2014-39',
      'CBRC-2014-317',
      'CTL-DRAFT-2014',
      'CATALOGUE-2017',
      'GBT-22240-2008',
      'GBT-22239-2008',
      'GMT-0028-2014',
      'NDRC-ORDER-14',
      'CRM-2020',
      'CRM-2017-TRIAL',
      'CRYPTO-REGS-1999',
      'TC260-GRADING-DRAFT-2018',
      'MLPS-REGS-DRAFT-2018',
    ] as const;
    for (const id of named) expect(instrumentById(id).historical, id).toBe(true);
    expect(instrumentById('MLPS-REGS-DRAFT-2018').status).toBe('draft');
    expect(instrumentById('TC260-GRADING-DRAFT-2018').status).toBe('draft');
    expect(instrumentById('CBRC-2014-317').status).toBe('suspended');
  });

  it('treats MPS Order No. 151 as history replaced by Order No. 176, in force from 2026-10-01', () => {
    const o151 = instrumentById('MPS-ORDER-151');
    expect(o151.historical).toBe(true);
    expect(o151.status).toBe('repealed');
    expect(o151.replacedBy).toBe('MPS-ORDER-176');
    const o176 = instrumentById('MPS-ORDER-176');
    expect(o176.historical).toBe(false);
    expect(o176.status).toBe('in-force');
    expect(o176.effective).toBe('2026-10-01');
  });

  it('keeps the current core instruments current', () => {
    for (const id of ['CSL', 'GBT-22240-2020', 'GBT-22239-2019', 'CRM-2022', 'CRYPTO-REGS-2023', 'GMT-0028-2024'] as const) {
      expect(instrumentById(id).historical, id).toBe(false);
    }
    expect(instrumentById('CSL').status).toBe('in-force-amended');
  });

  it('shows the MPS 2025 letters as not officially published', () => {
    expect(instrumentById('MPS-2025-1846').status).toBe('not-public');
    expect(instrumentById('MPS-2025-1001').status).toBe('not-public');
    expect(instrumentById('MPS-2025-1846').notes?.en).toMatch(/not officially published/i);
  });

  it('writes every date ISO-shaped, and never has an instrument take effect before it was adopted', () => {
    for (const i of INSTRUMENTS) {
      for (const d of [i.adopted, i.promulgated, i.effective]) {
        if (d !== undefined) expect(d, i.id).toMatch(ISO_DATE);
      }
      if (i.adopted !== undefined && i.effective !== undefined) {
        expect(i.adopted.slice(0, i.effective.length) <= i.effective, i.id).toBe(true);
      }
    }
  });

  it('gives every PRC instrument a Chinese name and every instrument both short and English names', () => {
    for (const i of INSTRUMENTS) {
      expect(i.name.en.trim(), i.id).not.toBe('');
      expect(i.short.trim(), i.id).not.toBe('');
      expect(i.issuer.trim(), i.id).not.toBe('');
      expect(i.briefRef, i.id).toMatch(/^§\d/);
      if (!FOREIGN.has(i.id)) expect(i.name.zh?.trim() ?? '', i.id).not.toBe('');
      const zh = i.name.zh ?? '';
      expect(zh.split('《').length, `${i.id} balanced 《》`).toBe(zh.split('》').length);
      if (i.notes !== undefined) {
        expect(i.notes.en.trim(), i.id).not.toBe('');
        expect(i.notes.zh?.trim() ?? '', i.id).not.toBe('');
      }
    }
  });

  it('uses the brief’s Chinese titles and document numbers for key instruments', () => {
    expect(instrumentById('CSL').name.zh).toBe('《中华人民共和国网络安全法》');
    expect(instrumentById('MPS-2007-43').docNumber).toBe('公通字〔2007〕43号');
    expect(instrumentById('MPS-ORDER-176').name.zh).toBe('《公安机关网络空间安全监督检查办法》');
    expect(instrumentById('CII-REGS').docNumber).toBe('State Council Decree No. 745');
  });

  it('throws for an id the table lacks rather than returning nothing', () => {
    expect(() => instrumentById('NOT-AN-ID' as never)).toThrow(/NOT-AN-ID/);
  });
});

describe('CSL article numbering', () => {
  it('maps the 2017 articles the brief lists to their 2026 numbers', () => {
    expect(CSL_ARTICLE_MAP).toEqual({
      '21': '23',
      '22': '24',
      '23': '25',
      '26': '28',
      '28': '30',
      '31': '33',
      '34': '36',
      '35': '37',
      '36': '38',
      '37': '39',
      '38': '40',
      '39': '41',
      '40': '42',
      '59': '61',
    });
  });

  it('formats a citation with both numbers', () => {
    expect(formatCslArticle(21)).toBe('Art. 21 (2026: Art. 23)');
    expect(formatCslArticle('37')).toBe('Art. 37 (2026: Art. 39)');
  });

  it('does not guess a 2026 number the brief does not give', () => {
    expect(formatCslArticle(50)).toBe('Art. 50 (2026 number not verified)');
    expect(() => cslArticles(50)).toThrow();
  });

  it('builds the LegalRef shape for an article', () => {
    expect(cslArticles(28)).toEqual({ y2017: '28', y2026: '30' });
  });

  it('lists the renumbering in the CSL notes', () => {
    expect(instrumentById('CSL').notes?.en).toContain('35→37');
  });
});
