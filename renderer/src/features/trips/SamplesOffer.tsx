// The sample trips: offered once at first run, and on request later (trip list toolbar, the app menu).
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient, usePush } from '../../api';
import { useCall, useWritten } from '../../api/query';
import { Dialog } from '../../components/Dialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useToast } from '../../components/Toasts';
import { useFormat } from '../../i18n/format';

const OfferContext = createContext<() => void>(() => undefined);

/** Opens the "Load the sample trips?" dialog. */
export function useOfferSamples(): () => void {
  return useContext(OfferContext);
}

export function SamplesOfferProvider({ offerAtStart, children }: { offerAtStart: boolean; children: ReactNode }) {
  const [requested, setRequested] = useState(false);
  const [answered, setAnswered] = useState(false);
  // The first-run offer shows until it is answered once in this window; later the user asks for it.
  const firstRun = offerAtStart && !answered;
  const open = requested || firstRun;
  usePush('menu', ({ command }) => {
    if (command === 'samples.offer') setRequested(true);
  });
  const offer = useCallback(() => setRequested(true), []);
  const value = useMemo(() => offer, [offer]);
  return (
    <OfferContext.Provider value={value}>
      {children}
      {open && (
        <SamplesDialog
          firstRun={firstRun}
          onClose={() => {
            setRequested(false);
            setAnswered(true);
          }}
        />
      )}
    </OfferContext.Provider>
  );
}

function SamplesDialog({ firstRun, onClose }: { firstRun: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const client = useClient();
  const written = useWritten();
  const toast = useToast();
  const samples = useCall('samples.list', {});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const toLoad = (samples.data ?? []).filter((s) => !s.loaded);

  const notNow = (): void => {
    // Answering the first-run offer either way means it is not asked again at start-up.
    if (firstRun) client.call('samples.dismiss', {}).then((answer) => written('samples.dismiss', {}, answer), () => undefined);
    onClose();
  };

  const load = async (): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      const input = samples.data ? { keys: toLoad.map((s) => s.key) } : {};
      const answer = await client.call('samples.load', input);
      written('samples.load', input, answer);
      const { loaded } = answer;
      toast(t('samples.loaded', { count: loaded.length }));
      onClose();
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  return (
    <Dialog
      title={t('samples.offerTitle')}
      onClose={notNow}
      size="large"
      describedBy="samples-offer-body"
      footer={
        <>
          <button type="button" className="button" onClick={notNow}>
            {firstRun ? t('samples.notNow') : t('common.cancel')}
          </button>
          <button type="button" className="button button--primary" onClick={() => void load()} disabled={busy || (samples.data !== undefined && toLoad.length === 0)} data-autofocus>
            {busy ? t('samples.loading') : t('samples.load')}
          </button>
        </>
      }
    >
      <p id="samples-offer-body">{t('samples.offerBody')}</p>
      {samples.isError && <ErrorMessage error={samples.error} />}
      {error !== null && <ErrorMessage error={error} />}
      {samples.data && samples.data.length === 0 && <p className="muted">{t('samples.none')}</p>}
      {samples.data && samples.data.length > 0 && toLoad.length === 0 && <p className="muted">{t('samples.allLoaded')}</p>}
      <ul className="sample-list">
        {samples.data?.map((sample) => (
          <li key={sample.key} className="sample">
            <div className="sample__head">
              <strong>{sample.title}</strong>
              {sample.loaded && <span className="badge badge--completed">{t('samples.alreadyLoaded')}</span>}
            </div>
            <div className="sample__dates">{format.range(sample.startDate, sample.endDate)}</div>
            <p className="sample__summary">{sample.summary}</p>
          </li>
        ))}
      </ul>
    </Dialog>
  );
}
