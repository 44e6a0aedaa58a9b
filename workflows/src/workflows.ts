/** Entry point the worker bundles: every workflow type this worker runs. */
export { leadLifecycleWorkflow } from './lifecycle/lead-lifecycle.workflow';
export { governanceReviewWorkflow } from './review/governance-review.workflow';
