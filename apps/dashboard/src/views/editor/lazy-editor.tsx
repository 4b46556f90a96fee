// The editor is its own chunk, loaded on first use: it brings zod (the
// survey schema it validates with) and the preview, which the analyst's
// everyday pages — the list and the overview — do not need.
import { useAsync } from '../../use-async';
import { LoadError, Loading } from '../load-state';

export function LazySurveyEditor({ surveyId }: { surveyId: string | null }) {
  const module = useAsync(() => import('./survey-editor'), []);
  if (module.error) return <LoadError error={module.error} onRetry={module.reload} />;
  if (!module.data) return <Loading />;
  const { SurveyEditor } = module.data;
  return <SurveyEditor surveyId={surveyId} />;
}
