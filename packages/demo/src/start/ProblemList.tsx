import type { FileProblem } from '../files/readFamilyFile.ts';

/** The model's issues with a file, in plain English, announced to screen readers. */
export function ProblemList({ heading, problems }: { heading: string; problems: readonly FileProblem[] }) {
  return (
    <div className="problems" role="alert">
      <p className="problems__heading">{heading}</p>
      <ul>
        {problems.map((problem, index) => (
          <li key={index}>
            <strong>{problem.where}</strong>: {problem.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
