/**
 * Question: one profile field as a question: heading, the right control for its kind (with Unknown), a Clear action,
 * the expandable help, a validation error, and a "not applicable" note when another answer makes it moot. The
 * container carries `data-question=<path>` and an id from `questionDomId`, so the workspace can scroll to and focus it.
 */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { answerState } from '../../../shared/profile/progress';
import type { FieldDef } from '../../../shared/profile/types';
import type { HiddenReason } from '../../../shared/profile/visibility';
import type { ProfileAnswers } from '../../../shared/review/types';
import { Badge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { controlKind } from './answer-model';
import { ChoiceControl } from './ChoiceControl';
import { DerivedAnswer } from './DerivedAnswer';
import { questionDomId, questionText } from './field-text';
import { QuestionHelp } from './QuestionHelp';
import { SelectControl } from './SelectControl';
import { SetControl } from './SetControl';

export interface QuestionProps {
  readonly def: FieldDef;
  readonly value: unknown;
  /** Only derived fields read the other answers. */
  readonly answers: ProfileAnswers;
  readonly error?: string | undefined;
  readonly hidden?: HiddenReason | null;
  readonly onAnswer: (path: string, value: unknown) => void;
  readonly onClear: (path: string) => void;
}

function QuestionView({ def, value, answers, error, hidden = null, onAnswer, onClear }: QuestionProps) {
  const { t, i18n } = useTranslation('workspace');
  const domId = questionDomId(def.path);
  const headingId = `${domId}-label`;
  const errorId = `${domId}-error`;
  const state = answerState(value);
  const answer = (v: unknown) => onAnswer(def.path, v);
  const clear = () => onClear(def.path);
  const describedBy = error ? errorId : undefined;
  const kind = controlKind(def);
  return (
    <div
      id={domId}
      data-question={def.path}
      data-state={hidden ? 'not-applicable' : state}
      data-derived={def.derived ? '' : undefined}
      className={`question${hidden ? ' question--na' : ''}${error ? ' question--invalid' : ''}`}
      role="group"
      aria-labelledby={headingId}
      aria-describedby={describedBy}
    >
      <div className="question__head">
        <h3 id={headingId} className="question__text">
          {questionText(def, i18n.language)}
        </h3>
        {hidden ? <Badge>{t('question.notApplicable')}</Badge> : state === 'unknown' ? <Badge tone="medium">{t('answer.unknown')}</Badge> : null}
        {!def.derived && state !== 'unanswered' && !hidden ? (
          <Button size="sm" variant="ghost" className="question__clear" onClick={clear} aria-label={t('question.clearNamed', { question: questionText(def, i18n.language) })}>
            {t('question.clear')}
          </Button>
        ) : null}
      </div>
      {hidden ? <p className="question__na-note">{t(`hidden.${hidden}`)}</p> : null}
      {def.derived ? (
        <DerivedAnswer def={def} answers={answers} value={value} labelledBy={headingId} onAnswer={answer} onClear={clear} />
      ) : kind === 'set' ? (
        <SetControl def={def} value={value} onAnswer={answer} onClear={clear} />
      ) : kind === 'select' ? (
        <SelectControl def={def} value={value} onAnswer={answer} />
      ) : (
        <ChoiceControl def={def} value={value} labelledBy={headingId} describedBy={describedBy} onAnswer={answer} />
      )}
      {error ? (
        <p id={errorId} className="field__error" role="alert">
          {error}
        </p>
      ) : null}
      <QuestionHelp def={def} id={`${domId}-help`} />
    </div>
  );
}

/** Memoised: a question re-renders only when its own value, error or visibility changes (derived ones also on answers). */
export const Question = memo(QuestionView, (a, b) =>
  a.def === b.def && a.value === b.value && a.error === b.error && a.hidden === b.hidden && a.onAnswer === b.onAnswer && a.onClear === b.onClear && (!a.def.derived || a.answers === b.answers),
);
