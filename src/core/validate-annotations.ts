import { AnnotationsSchema, type Annotations } from './annotations-schema.ts'
import { formatPath, type Issue, type Validation } from './transcript-checks.ts'

/** An issue in the annotations file, its path prefixed with `annotations.`. */
export function annotationIssue(path: readonly PropertyKey[], message: string): Issue {
  return { path: `annotations.${formatPath(path)}`, code: 'annotation', message }
}

/** Checks the shape of an annotations file; its paths start with `annotations.`. */
export function validateAnnotations(data: unknown): Validation<Annotations> {
  const parsed = AnnotationsSchema.safeParse(data)
  if (parsed.success) return { ok: true, value: parsed.data }
  return {
    ok: false,
    issues: parsed.error.issues
      .slice(0, 50)
      .map((issue) =>
        annotationIssue(
          issue.path,
          issue.message === 'Invalid input' ? `is not valid (${issue.code})` : issue.message,
        ),
      ),
  }
}
