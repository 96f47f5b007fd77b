import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMessage } from '../../lib/errors';
import { trpc } from '../../lib/trpc';
import { FormMessage } from '../../ui/fields';
import { PipelineTable } from './pipeline-page';

/** IUC staff: the matches assigned to me, overdue next steps first. */
export function MyWorkPage() {
  const { t } = useTranslation();
  const message = useMessage();
  const work = useQuery(trpc.brokering.myWork.queryOptions());
  return (
    <>
      <section className="panel" aria-labelledby="my-work-heading">
        <h1 id="my-work-heading">{t('brokering.myWorkHeading')}</h1>
        <p>
          <Link to="/broker/pipeline">{t('brokering.pipelineHeading')}</Link>
        </p>
        {work.isPending && <p>{t('common.loading')}</p>}
        {work.isError && <FormMessage kind="error">{message(work.error.message)}</FormMessage>}
        {work.data?.length === 0 && <p>{t('brokering.myWorkEmpty')}</p>}
      </section>
      {work.data && work.data.length > 0 && <PipelineTable items={work.data} total={work.data.length} showOverdue />}
    </>
  );
}
