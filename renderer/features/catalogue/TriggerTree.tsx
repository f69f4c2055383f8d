/**
 * A condition as nested plain-language lines (shared/catalogue/describe.ts): groups ("All of the following:") with
 * their parts indented beneath, rule references as links, REVIEW branches with the catalogue's note.
 */
import { useTranslation } from 'react-i18next';
import { describeCondition, type TriggerLine } from '../../../shared/catalogue/describe';
import type { Condition } from '../../../shared/catalogue/rule-types';
import { CatalogueLink } from './catalogue-nav';
import { useCatalogueLang } from './use-catalogue-lang';

export function TriggerTree({ condition }: { condition: Condition }) {
  const { lang } = useCatalogueLang();
  const root = describeCondition(condition, lang);
  return (
    <ul className="trigger-tree">
      <TriggerItem line={root} />
    </ul>
  );
}

function TriggerItem({ line }: { line: TriggerLine }) {
  const { t } = useTranslation('catalogue');
  const { enOnly } = useCatalogueLang();
  return (
    <li className={`trigger-tree__item trigger-tree__item--${line.kind}`}>
      <span className="trigger-tree__text">
        {line.ruleId ? (
          <CatalogueLink tab="rules" id={line.ruleId} title={t('rule.ruleLink', { id: line.ruleId })}>
            {line.text}
          </CatalogueLink>
        ) : (
          line.text
        )}
      </span>
      {line.note ? (
        <span className="trigger-tree__note">
          {t('rule.reviewNote')}: <span lang={enOnly}>{line.note}</span>
        </span>
      ) : null}
      {line.children.length ? (
        <ul>
          {line.children.map((child, i) => (
            <TriggerItem key={i} line={child} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}
