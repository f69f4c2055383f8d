// Page object for the review workspace: answers questions the way a user does (by the question's wording and the
// answer's label, from the same FIELD_HELP the questionnaire is generated from), mostly with the keyboard, and reads
// the live results through their accessible names.
import { expect, type Locator, type Page } from '@playwright/test';
import { fieldByPath } from '../../../shared/profile/fields';
import { FIELD_HELP } from '../../../shared/profile/help';
import type { FieldDef } from '../../../shared/profile/types';

const MAX_RADIO_OPTIONS = 4;

function defOf(path: string): FieldDef {
  const def = fieldByPath(path);
  if (!def) throw new Error(`No profile field ${path}`);
  return def;
}

/** The English label the questionnaire shows for a value (`unknown` → "Unknown"). */
function labelOf(def: FieldDef, value: string): string {
  if (value === 'unknown') return 'Unknown';
  const text = FIELD_HELP[def.path]?.values[value]?.en;
  if (!text) throw new Error(`No label for ${def.path} = ${value}`);
  return text;
}

export class WorkspacePage {
  readonly questionnaire: Locator;
  readonly results: Locator;

  constructor(readonly page: Page) {
    this.questionnaire = page.getByRole('region', { name: 'Questionnaire' });
    this.results = page.getByRole('region', { name: 'Results' });
  }

  /** The question (a labelled group) for a field path. */
  question(path: string): Locator {
    const wording = FIELD_HELP[path]?.question.en;
    if (!wording) throw new Error(`No wording for ${path}`);
    return this.questionnaire.getByRole('group', { name: wording, exact: true });
  }

  /** Answers one question with a stored-profile value (string, number, boolean or a list), as a user would. */
  async answer(path: string, value: string | number | boolean | readonly string[]): Promise<void> {
    const def = defOf(path);
    const q = this.question(path);
    await q.scrollIntoViewIfNeeded();
    if (typeof value === 'object') {
      const items: readonly string[] = value;
      const labels = items.length === 0 ? [def.values.includes('none') ? labelOf(def, 'none') : 'None of these'] : items.map((v) => labelOf(def, v));
      for (const label of labels) {
        const box = q.getByRole('checkbox', { name: label, exact: true });
        await box.focus();
        await this.page.keyboard.press('Space');
        await expect(box).toBeChecked();
      }
      return;
    }
    const label = labelOf(def, String(value));
    if (def.kind === 'enum' && def.values.length > MAX_RADIO_OPTIONS) {
      const trigger = q.getByRole('combobox');
      await trigger.focus();
      await this.page.keyboard.press('Enter');
      await this.page.getByRole('option', { name: label, exact: true }).press('Enter');
      await expect(trigger).toHaveText(label);
      return;
    }
    const radio = q.getByRole('radio', { name: label, exact: true });
    await radio.focus();
    await this.page.keyboard.press('Space');
    await expect(radio).toBeChecked();
  }

  /** Answers many questions in order; waits until each is saved (the question shows its state). */
  async answerAll(answers: Readonly<Record<string, string | number | boolean | readonly string[]>>): Promise<void> {
    for (const [path, value] of Object.entries(answers)) {
      await this.answer(path, value);
      await expect(this.question(path)).toHaveAttribute('data-state', value === 'unknown' ? 'unknown' : 'answered');
    }
  }

  /** The group's "Assess …" switch. */
  sectionSwitch(group: string): Locator {
    return this.questionnaire.getByRole('switch', { name: `Assess ${group}` });
  }

  /** A finding card by rule id. */
  finding(ruleId: string): Locator {
    return this.results.getByRole('article', { name: new RegExp(`^${ruleId}\\b`) });
  }

  mlpsSection(): Locator {
    return this.results.getByRole('region', { name: 'MLPS level' });
  }

  /** The visually hidden "raw, after implemented mitigations residual (down n)" text of a score. */
  residualText(): Locator {
    return this.results.getByText(/after implemented mitigations \d+ \(down \d+\)/).first();
  }
}
