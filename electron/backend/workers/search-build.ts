// The search index's build task, run in a worker thread (runBounded): tokenizes every document and writes a new
// on-disk segment, so a rebuild or a merge of a grown delta never holds up the thread that answers calls.
import { type SegmentBuildInput, type SegmentBuildResult, buildSegment } from '../search/segment-build';
import type { Report } from './progress';

export function searchBuild(input: SegmentBuildInput, report: Report): Promise<SegmentBuildResult> {
  return buildSegment(input, (done, total) => report({ done, total }));
}
