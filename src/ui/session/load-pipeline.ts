import type * as Pipeline from './pipeline-chunk';

let loading: Promise<typeof Pipeline> | undefined;

/** Starts loading the pipeline (once per page); every later call gets the same module. */
export function loadPipeline(): Promise<typeof Pipeline> {
  loading ??= import('./pipeline-chunk');
  return loading;
}
