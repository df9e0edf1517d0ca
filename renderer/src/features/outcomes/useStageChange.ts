// Moving an organisation along the pipeline: organisations.update {stage}, a toast with Undo (history.undo takes
// back the newest step, which is this one), and a message that says the stage is unchanged when saving failed.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Organisation, PipelineStage } from '../../../../shared/model';
import { useClient } from '../../api';
import { useWritten } from '../../api/query';
import { describeError } from '../../components/ErrorMessage';
import { useToast } from '../../components/Toasts';

export interface StageChange {
  /** The stage to show: the one being saved while a change is on its way. */
  shownStage: (organisation: Organisation) => PipelineStage;
  busy: boolean;
  change: (organisation: Organisation, stage: PipelineStage) => void;
}

export function useStageChange(): StageChange {
  const { t } = useTranslation();
  const client = useClient();
  const written = useWritten();
  const toast = useToast();
  const [pending, setPending] = useState<PipelineStage | null>(null);

  const undo = (name: string): void => {
    client.call('history.undo', {}).then(
      (answer) => {
        const { step } = answer;
        written('history.undo', {}, answer);
        toast(step ? t('outcomes.org.undone', { name }) : t('outcomes.org.nothingToUndo'));
      },
      () => toast(t('outcomes.org.undoFailed')),
    );
  };

  const change = (organisation: Organisation, stage: PipelineStage): void => {
    const name = organisation.name.en;
    setPending(stage);
    const input = { id: organisation.id, patch: { stage } };
    client.call('organisations.update', input).then(
      (updated) => {
        setPending(null);
        written('organisations.update', input, updated);
        toast(t('outcomes.org.stageChanged', { name, stage: t(`outcomes.stages.${stage}`) }), { label: t('common.undo'), run: () => undo(name) });
      },
      (error: unknown) => {
        setPending(null);
        const reason = t(`errors.${describeError(error).key}`);
        toast(t('outcomes.org.stageFailed', { stage: t(`outcomes.stages.${organisation.stage}`), reason }));
      },
    );
  };

  return { shownStage: (organisation) => pending ?? organisation.stage, busy: pending !== null, change };
}
