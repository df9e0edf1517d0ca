// What keeps other laptops' changes from showing here, each with what to do: a laptop whose changes stopped at a batch
// (missing, still copying, damaged, another passphrase) and records held back until the rest of them arrives.
import { useTranslation } from 'react-i18next';
import type { SyncDevice } from '../../../../shared/contract';
import type { AttentionLine } from './syncLogic';
import { attentionLines, formatInstant } from './syncLogic';

export function SyncWaiting({ devices }: { devices: readonly SyncDevice[] }) {
  const { t, i18n } = useTranslation();
  const lines = attentionLines(devices);
  if (lines.length === 0) return null;
  const who = (l: AttentionLine) => (l.label.kind === 'person' ? l.label.name : t('sync.attention.whoDevice', { name: l.label.name }));
  const laptop = (l: AttentionLine) => t(l.label.kind === 'person' ? 'sync.attention.personLaptop' : 'sync.attention.deviceLaptop', { name: l.label.name });
  return (
    <section className="sync-card sync-attention" aria-labelledby="sync-attention-title">
      <h2 id="sync-attention-title">{t('sync.attention.title')}</h2>
      <ul aria-labelledby="sync-attention-title">
        {lines.map((l) => (
          <li key={`${l.kind}:${l.deviceId}:${l.reason}`}>
            {l.kind === 'waiting' ? (
              <>
                <strong>{t('sync.attention.waiting', { laptop: laptop(l), seq: l.seq, when: formatInstant(i18n.language, l.since) })}</strong>{' '}
                {t(`sync.attention.why.${l.reason}`)} {t(`sync.attention.todo.${l.reason}`, { who: who(l) })}
              </>
            ) : (
              <>
                <strong>{t('sync.attention.held', { laptop: laptop(l), count: l.records })}</strong> {t(`sync.attention.heldWhy.${l.reason}`)}
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
