// A directory name as our users read it: English first (a link to the record when given), the Chinese forms beside.
import type { Names } from '../../../../shared/model';
import { chineseNames } from './directoryLogic';

export function RecordName({ name, href }: { name: Names; href?: string }) {
  const { zhHant, zhHans } = chineseNames(name);
  return (
    <span className="record-name">
      {href ? (
        <a href={href} className="record-name__en">
          {name.en}
        </a>
      ) : (
        <span className="record-name__en">{name.en}</span>
      )}
      {zhHant && (
        <span className="record-name__zh" lang="zh-Hant">
          {zhHant}
        </span>
      )}
      {zhHans && (
        <span className="record-name__zh" lang="zh-Hans">
          {zhHans}
        </span>
      )}
    </span>
  );
}
