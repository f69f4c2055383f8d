/**
 * WorkspaceHeader: the compact bar above the panes: overall progress of the included groups (answered of visible,
 * unknown counted apart), the "all / open only" filter, and "Next unanswered" (Ctrl/Cmd+J).
 */
import { SkipForward } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { GroupProgress } from '../../../shared/profile/progress';
import { Button } from '../../components/Button';
import { ProgressBar } from '../../components/ProgressBar';
import { SegmentedControl } from '../../components/SegmentedControl';
import type { QuestionFilter } from '../questionnaire/Questionnaire';

export interface WorkspaceHeaderProps {
  readonly progress: Omit<GroupProgress, 'group'>;
  readonly filter: QuestionFilter;
  readonly onFilter: (f: QuestionFilter) => void;
  readonly onNext: () => void;
  readonly shortcut: string;
}

export function WorkspaceHeader({ progress, filter, onFilter, onNext, shortcut }: WorkspaceHeaderProps) {
  const { t } = useTranslation('workspace');
  const text = `${t('progress.overall', { answered: progress.answered, total: progress.total })}${progress.unknown > 0 ? ` · ${t('progress.unknown', { count: progress.unknown })}` : ''}`;
  return (
    <div className="workspace-bar">
      <div className="workspace-bar__progress">
        <ProgressBar label={t('progress.label')} value={progress.answered} max={progress.total} valueText={text} />
      </div>
      <SegmentedControl
        label={t('filter.label')}
        hideLabel
        value={filter}
        onValueChange={onFilter}
        options={[
          { value: 'all', label: t('filter.all') },
          { value: 'open', label: t('filter.open') },
        ]}
      />
      <Button icon={<SkipForward />} onClick={onNext} aria-keyshortcuts={shortcut === 'Cmd+J' ? 'Meta+J' : 'Control+J'} title={`${t('next.label')} (${shortcut})`} disabled={progress.unanswered === 0}>
        {t('next.label')}
      </Button>
    </div>
  );
}
