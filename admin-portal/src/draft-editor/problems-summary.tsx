import { Link } from '@accord/portal-kit';
import { strings } from '../strings';
import { useDraftEditor } from './draft-editor-context';
import { editorPath, sectionLabel, sectionOfPath } from './editor-sections';

const labels = strings.editor.problems;

export interface ProblemsSummaryProps {
  version: number;
  checking: boolean;
}

/** List every problem of the working copy by path, each linked to the section that edits it. */
export function ProblemsSummary({ version, checking }: ProblemsSummaryProps) {
  const { problems, readOnly } = useDraftEditor();

  return (
    <section className="card problems-summary" aria-labelledby="problems-heading">
      <h2 id="problems-heading">
        {labels.heading}{' '}
        <span className={`badge ${problems.length === 0 ? 'ok' : 'bad'}`} aria-hidden="true">
          {problems.length}
        </span>
        {checking && <span className="muted small checking"> {labels.checking}</span>}
      </h2>
      <p className="visually-hidden" aria-live="polite">
        {labels.countLabel(problems.length)}
      </p>
      {problems.length === 0 ? (
        <p className="muted">{readOnly ? labels.noneReadOnly : labels.none}</p>
      ) : (
        <ul className="problem-list" aria-label={labels.listLabel}>
          {problems.map((problem, index) => {
            const section = sectionOfPath(problem.path);

            return (
              <li key={`${problem.path}-${index}`}>
                {section === null ? (
                  <span className="mono small">{problem.path || labels.wholeModel}</span>
                ) : (
                  <Link to={editorPath(version, section)} className="mono small">
                    {`${sectionLabel(section)} · ${problem.path}`}
                  </Link>
                )}
                <span className="problem-message">{problem.message}</span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
