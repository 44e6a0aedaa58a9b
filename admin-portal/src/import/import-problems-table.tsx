import { strings } from '../strings';
import type { ImportProblem } from './import.operations';

const labels = strings.import.problems;

/** List the rows an import could not take, with the field and the validation message. */
export function ImportProblemsTable({ problems }: { problems: ImportProblem[] }) {
  if (problems.length === 0) return <p className="muted">{labels.none}</p>;

  const ordered = [...problems].sort((left, right) => left.rowNumber - right.rowNumber);

  return (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">{labels.caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="numeric">
              {labels.rowNumber}
            </th>
            <th scope="col">{labels.field}</th>
            <th scope="col">{labels.value}</th>
            <th scope="col">{labels.message}</th>
          </tr>
        </thead>
        <tbody>
          {ordered.map((problem, index) => (
            <tr key={`${problem.rowNumber}-${problem.field}-${index}`}>
              <td className="numeric">{problem.rowNumber}</td>
              <td className="mono">{problem.field}</td>
              <td className="mono">{problem.value ?? strings.notSet}</td>
              <td>{problem.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
