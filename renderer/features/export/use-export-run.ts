/**
 * useExportRun(): runs one export at a time with progress and cancel. `start(job)` resolves with the outcome;
 * `state` follows the steps (building model, writing format, saving); `cancel()` stops the job at the next step
 * boundary (nothing is saved). The report fonts are resolved against the page's base URL.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { usePlatform } from '../../platform/platform-context';
import { reportFontCss, reportFontSources } from './report-fonts';
import { runExport, type ExportJob, type ExportOutcome, type ExportStep } from './run-export';

export type ExportRunState = { readonly phase: 'idle' } | { readonly phase: 'running'; readonly step: ExportStep; readonly cancelling: boolean };

export interface ExportRun {
  readonly state: ExportRunState;
  start: (job: ExportJob) => Promise<ExportOutcome>;
  cancel: () => void;
}

export function useExportRun(): ExportRun {
  const platform = usePlatform();
  const [state, setState] = useState<ExportRunState>({ phase: 'idle' });
  const controller = useRef<AbortController | null>(null);
  // A closed dialog cancels what it started.
  useEffect(() => () => controller.current?.abort(), []);

  const start = useCallback(
    async (job: ExportJob) => {
      controller.current?.abort();
      const ac = new AbortController();
      controller.current = ac;
      const base = document.baseURI;
      setState({ phase: 'running', step: 'model', cancelling: false });
      try {
        return await runExport(
          job,
          { platform, fontCss: () => reportFontCss(base), fontSrc: reportFontSources(base) },
          { signal: ac.signal, onStep: (step) => setState({ phase: 'running', step, cancelling: false }) },
        );
      } finally {
        if (controller.current === ac) controller.current = null;
        setState({ phase: 'idle' });
      }
    },
    [platform],
  );

  const cancel = useCallback(() => {
    controller.current?.abort();
    setState((s) => (s.phase === 'running' ? { ...s, cancelling: true } : s));
  }, []);

  return { state, start, cancel };
}
