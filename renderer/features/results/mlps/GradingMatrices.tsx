/**
 * The two grading matrices side by side: GB/T 22240-2020 and the MPS 2025 template (third row 4/5/5). Rows are
 * the harm object, columns the harm degree; the cell the answers select is highlighted ("applies"), and while an
 * answer is unknown every cell still possible is marked "possible".
 */
import { useTranslation } from 'react-i18next';
import { HARM_DEGREES, HARM_OBJECTS, M2020, M2025 } from '../../../../shared/engine/mlps';

export interface GradingMatricesProps {
  /** `system.harm_object_max` / `system.harm_degree_max` of the validated profile (may be "unknown"). */
  readonly harmObject: unknown;
  readonly harmDegree: unknown;
}

function candidates<T extends string>(all: readonly T[], v: unknown): number[] {
  const i = all.indexOf(v as T);
  return i >= 0 ? [i] : all.map((_, j) => j);
}

export function GradingMatrices({ harmObject, harmDegree }: GradingMatricesProps) {
  const objs = candidates(HARM_OBJECTS, harmObject);
  const degs = candidates(HARM_DEGREES, harmDegree);
  const exact = objs.length === 1 && degs.length === 1;
  return (
    <div className="matrices">
      <Matrix id="std" matrix={M2020} objs={objs} degs={degs} exact={exact} />
      <Matrix id="t2025" matrix={M2025} objs={objs} degs={degs} exact={exact} />
    </div>
  );
}

function Matrix({ id, matrix, objs, degs, exact }: { id: 'std' | 't2025'; matrix: readonly (readonly number[])[]; objs: number[]; degs: number[]; exact: boolean }) {
  const { t } = useTranslation('results');
  return (
    <table className="matrix">
      <caption>{t(`matrix.${id}`)}</caption>
      <thead>
        <tr>
          <td className="matrix__corner">{t('matrix.corner')}</td>
          {HARM_DEGREES.map((d) => <th key={d} scope="col">{t(`matrix.degree.${d}`)}</th>)}
        </tr>
      </thead>
      <tbody>
        {HARM_OBJECTS.map((o, oi) => (
          <tr key={o}>
            <th scope="row">{t(`matrix.object.${o}`)}</th>
            {HARM_DEGREES.map((d, di) => {
              const hit = objs.includes(oi) && degs.includes(di);
              const state = hit ? (exact ? 'applies' : 'possible') : null;
              return (
                <td key={d} className={`matrix__cell${state ? ` matrix__cell--${state}` : ''}`}>
                  {matrix[oi]?.[di]}
                  {state ? <span className="visually-hidden"> ({t(`matrix.${state}`)})</span> : null}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
