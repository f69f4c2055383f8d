/**
 * The MLPS level block: "N/A" with the reason when MLPS does not apply; otherwise the 1–5 scale with the range and
 * the standard, 2025-template and declared levels, the warnings, both grading matrices with the applicable cell, and
 * the trace.
 */
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../../../shared/engine/assessment';
import type { Profile } from '../../../../shared/profile/types';
import { answerOf } from '../present';
import { GradingMatrices } from './GradingMatrices';
import { LevelScale } from './LevelScale';
import { MlpsTrace, MlpsWarnings } from './MlpsTrace';

export function MlpsSection({ assessment, profile }: { assessment: Assessment; profile: Profile | null }) {
  const { t } = useTranslation('results');
  const mlps = assessment.mlps;
  return (
    <section className="results-section" aria-labelledby="results-mlps-title">
      <h3 id="results-mlps-title" className="results-section__title">{t('mlps.title')}</h3>
      {mlps === null ? (
        <div className="mlps-na">
          <p className="level-scale__big">{t('mlps.na')}</p>
          <p>{profile?.system === undefined ? t('mlps.naNoSystem') : t('mlps.naNotGraded')}</p>
        </div>
      ) : (
        <>
          <LevelScale mlps={mlps} />
          <MlpsWarnings mlps={mlps} />
          <GradingMatrices harmObject={answerOf(profile, 'system.harm_object_max')} harmDegree={answerOf(profile, 'system.harm_degree_max')} />
          <MlpsTrace mlps={mlps} />
        </>
      )}
    </section>
  );
}
