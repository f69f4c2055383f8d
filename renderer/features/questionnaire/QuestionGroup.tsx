/**
 * QuestionGroup: one questionnaire group (Vendor, Product, Customer & system, Data, Operations, Travel): heading,
 * one-line help, progress, the "include in assessment" switch, then its questions. An excluded group shows only a
 * note (an absent profile section is not assessed). Questions hidden by other answers are left out, unless they
 * still hold an answer: then they show, marked "not applicable", so nothing is silently kept.
 */
import { useTranslation } from 'react-i18next';
import { SECTION_HELP, type SectionHelpKey } from '../../../shared/profile/help';
import type { GroupProgress } from '../../../shared/profile/progress';
import type { FieldDef } from '../../../shared/profile/types';
import type { HiddenReason } from '../../../shared/profile/visibility';
import type { ProfileAnswers } from '../../../shared/review/types';
import { Switch } from '../../components/Checkbox';
import { localText } from './field-text';
import { Question } from './Question';

export interface QuestionGroupProps {
  readonly group: SectionHelpKey;
  readonly fields: readonly FieldDef[];
  readonly answers: ProfileAnswers;
  readonly included: boolean;
  readonly progress: GroupProgress;
  readonly hidden: ReadonlyMap<string, HiddenReason>;
  readonly errors: ReadonlyMap<string, string>;
  /** Whether a field passes the current filter. */
  readonly shows: (def: FieldDef) => boolean;
  readonly onAnswer: (path: string, value: unknown) => void;
  readonly onClear: (path: string) => void;
  readonly onInclude: (group: SectionHelpKey, included: boolean) => void;
}

export function QuestionGroup(props: QuestionGroupProps) {
  const { group, fields, answers, included, progress, hidden, errors, shows, onAnswer, onClear, onInclude } = props;
  const { t, i18n } = useTranslation('workspace');
  const title = localText(SECTION_HELP[group].title, i18n.language);
  const headingId = `group-${group}`;
  const valueOf = (def: FieldDef) => answers[def.section]?.[def.key];
  const listed = fields.filter((d) => (!hidden.has(d.path) || valueOf(d) !== undefined) && shows(d));
  return (
    <section className={`q-group${included ? '' : ' q-group--excluded'}`} aria-labelledby={headingId} data-group={group}>
      <header className="q-group__header">
        <div className="q-group__titles">
          <h2 id={headingId}>{title}</h2>
          <p className="q-group__help">{localText(SECTION_HELP[group].help, i18n.language)}</p>
        </div>
        <div className="q-group__meta">
          {included ? (
            <span className="q-group__progress" data-testid={`progress-${group}`}>
              {t('progress.group', { answered: progress.answered, total: progress.total })}
              {progress.unknown > 0 ? ` · ${t('progress.unknown', { count: progress.unknown })}` : ''}
            </span>
          ) : null}
          <Switch label={t('group.include', { group: title })} checked={included} onCheckedChange={(on) => onInclude(group, on)} />
        </div>
      </header>
      {!included ? (
        <p className="q-group__excluded-note">{t('group.excludedNote')}</p>
      ) : listed.length === 0 ? (
        <p className="q-group__excluded-note">{t('group.nothingOpen')}</p>
      ) : (
        <div className="q-group__questions">
          {listed.map((def) => (
            <Question
              key={def.path}
              def={def}
              value={valueOf(def)}
              answers={answers}
              error={errors.get(def.path)}
              hidden={hidden.get(def.path) ?? null}
              onAnswer={onAnswer}
              onClear={onClear}
            />
          ))}
        </div>
      )}
    </section>
  );
}
