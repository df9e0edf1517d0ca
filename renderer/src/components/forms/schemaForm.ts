// Forms share one shape: react-hook-form holds the values typed, the form's zod schema (built from the contract's)
// checks them through zodResolver, the backend's issues land on the same fields, and after a failed save the
// keyboard goes to the first field that needs fixing (or the summary at the top).
import { zodResolver } from '@hookform/resolvers/zod';
import type { TFunction } from 'i18next';
import { useEffect, useRef, useState, type FormEvent, type RefObject } from 'react';
import { useForm, useWatch, type DefaultValues, type FieldErrors, type FieldValues, type Path, type PathValue, type Resolver } from 'react-hook-form';
import type { ZodType } from 'zod';
import { PlannerError } from '../../../../shared/contract';
import { describeError } from '../ErrorMessage';
import { placeIssues, type FieldMap } from './issuePaths';

/** A field's message in the user's words, given what was typed there, the zod issue code and the whole form; keyed like `legs.*.city`. */
export type FieldMessages = Readonly<Record<string, (value: unknown, code: string, values: Record<string, unknown>) => string>>;

const serverKey = 'root.server';
const wildcard = (path: string): string => path.replace(/\.\d+(?=\.|$)/g, '.*');

function valueAt(values: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((v, key) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined), values);
}

/** Every field error as path → message (`legs.1.city`), without the form-level ones under `root`. */
export function flattenErrors(errors: FieldErrors, prefix = ''): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [key, node] of Object.entries(errors)) {
    if (!node || typeof node !== 'object' || (prefix === '' && key === 'root')) continue;
    const path = prefix ? `${prefix}.${key}` : key;
    const { message, type } = node as { message?: unknown; type?: unknown };
    if (typeof type === 'string' && typeof message === 'string' && message) flat[path] = message;
    Object.assign(flat, flattenErrors(Object.fromEntries(Object.entries(node).filter(([k]) => !['message', 'type', 'ref', 'types', 'root'].includes(k))) as FieldErrors, path));
  }
  return flat;
}

/** zodResolver over the form's schema, checking the values as typed; `messages` put a field's problem in words. */
export function schemaResolver<T extends FieldValues>(schema: ZodType, messages: FieldMessages = {}): Resolver<T> {
  const check = zodResolver(schema as never, undefined, { raw: true }) as unknown as Resolver<T>;
  return async (values, context, options) => {
    const result = await check(values, context, options);
    const rewrite = (errors: Record<string, unknown>, prefix: string): void => {
      for (const [key, node] of Object.entries(errors)) {
        if (!node || typeof node !== 'object') continue;
        const path = prefix ? `${prefix}.${key}` : key;
        const error = node as { message?: string; type?: string };
        const say = messages[wildcard(path)];
        if (say && typeof error.type === 'string') error.message = say(valueAt(values, path), error.type, values);
        rewrite(node as Record<string, unknown>, path);
      }
    };
    rewrite(result.errors as Record<string, unknown>, '');
    return result;
  };
}

/** Moves focus after each save that did not go through: to the first field marked invalid, else to the summary. */
export function useFocusFirstProblem(formRef: RefObject<HTMLFormElement | null>, attempt: number): void {
  useEffect(() => {
    if (attempt === 0) return;
    const form = formRef.current;
    (form?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? form?.querySelector<HTMLElement>('.form-summary'))?.focus();
  }, [formRef, attempt]);
}

interface SchemaFormOptions<T extends FieldValues> {
  schema: ZodType;
  defaults: T;
  messages?: FieldMessages;
  /** Where the backend's issue paths are shown. */
  fieldMap: FieldMap;
  /** Fields checked together: a change to one of them clears the others' errors too (`endTime` after a new start). */
  clearsAlso?: (changed: string[]) => string[];
  /** Show the service's own sentence at the top even when its issues could be placed on fields. */
  explainAlways?: boolean;
  t: TFunction;
}

export function useSchemaForm<T extends FieldValues>({ schema, defaults, messages, fieldMap, clearsAlso, explainAlways, t }: SchemaFormOptions<T>) {
  // Made on each render (react-hook-form takes the latest options), so a form left open while the language
  // changes speaks the new one.
  const resolver = schemaResolver<T>(schema, messages);
  const form = useForm<T>({ defaultValues: defaults as DefaultValues<T>, resolver, shouldFocusError: false });
  const draft = useWatch({ control: form.control }) as T;
  // Failed saves so far: the form's own checks count in submitCount, which react-hook-form raises together with the
  // errors it shows (so focus moves once they are on screen); the backend's refusals count in `refused`.
  const [refused, setRefused] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  const { errors: errorTree, isDirty, submitCount } = form.formState;
  useFocusFirstProblem(formRef, submitCount + refused);

  const errors = flattenErrors(errorTree);
  const formMessage = errorTree.root?.server?.message;

  /** Changes fields as the user typed them (a key may be a path, `legs.1.city`); their errors and the form-level one
   *  go until the next save. */
  const set = (patch: Partial<T> & Record<string, unknown>): void => {
    const keys = Object.keys(patch);
    for (const key of keys) form.setValue(key as Path<T>, patch[key] as PathValue<T, Path<T>>, { shouldDirty: true });
    const stale = new Set([...keys, ...(clearsAlso?.(keys) ?? [])]);
    const cleared = Object.keys(flattenErrors(form.formState.errors)).filter((path) => [...stale].some((k) => path === k || path.startsWith(`${k}.`)));
    form.clearErrors([...cleared, serverKey] as Path<T>[]);
  };

  /** Shows why a save failed: the backend's issues beside their fields, anything else at the top. */
  const fail = (error: unknown): void => {
    const placed = error instanceof PlannerError && error.code === 'invalid-input' ? placeIssues(error.details, fieldMap) : { fields: {}, form: [] };
    form.clearErrors();
    for (const [path, message] of Object.entries(placed.fields)) form.setError(path as Path<T>, { type: 'server', message });
    let summary = placed.form.join(' ');
    if (explainAlways || (!summary && Object.keys(placed.fields).length === 0)) {
      const { key, detail } = describeError(error);
      summary = detail ? `${t(`errors.${key}`)} ${t('errors.detail', { message: detail })}` : t(`errors.${key}`);
    }
    if (summary) form.setError(serverKey as Path<T>, { type: 'server', message: summary });
    setRefused((n) => n + 1);
  };

  /** The form's onSubmit: checks with the schema, then runs `save` with the values, or marks the problems. */
  const submit =
    (save: (values: T) => Promise<void> | void) =>
    (event?: FormEvent): void => {
      void form.handleSubmit(async (values) => {
        form.clearErrors(serverKey as Path<T>);
        await save(values);
      })(event);
    };

  /** Starts again from these values (after Duplicate, the copy): nothing is then unsaved. */
  const reset = (values: T): void => {
    form.reset(values);
  };

  const hasErrors = Object.keys(errors).length > 0 || Boolean(formMessage);
  return { form, draft, errors, formMessage, hasErrors, isDirty, set, fail, submit, reset, formRef };
}
