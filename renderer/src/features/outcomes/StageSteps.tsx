// The pipeline stage as steps (prospect → … → landed in Hong Kong); each step is a button that moves the
// organisation there. The current step is marked in words and by aria-current, not by colour alone.
import { useTranslation } from 'react-i18next';
import type { PipelineStage } from '../../../../shared/model';
import { stages } from './outcomesLogic';

interface StageStepsProps {
  stage: PipelineStage;
  busy: boolean;
  onChange: (stage: PipelineStage) => void;
}

export function StageSteps({ stage, busy, onChange }: StageStepsProps) {
  const { t } = useTranslation();
  const current = stages.indexOf(stage);
  return (
    <section className="stage-panel" aria-labelledby="org-stage-heading">
      <h2 id="org-stage-heading">{t('outcomes.org.stage')}</h2>
      <p className="muted stage-panel__hint">{t('outcomes.org.stageHint')}</p>
      <ol className="stage-steps">
        {stages.map((s, i) => {
          const state = i < current ? 'done' : i === current ? 'current' : 'todo';
          return (
            <li key={s} className={`stage-steps__step stage-steps__step--${state}`}>
              <button
                type="button"
                className="stage-steps__button"
                aria-current={i === current ? 'step' : undefined}
                aria-pressed={i === current}
                // aria-disabled rather than disabled: the focused step keeps focus while the change is saved.
                aria-disabled={busy || undefined}
                onClick={() => !busy && i !== current && onChange(s)}
              >
                <span className="stage-steps__marker" aria-hidden="true">
                  {i < current ? '✓' : i + 1}
                </span>
                <span className="stage-steps__label">{t(`outcomes.stages.${s}`)}</span>
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
