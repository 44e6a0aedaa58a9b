export * from './calibration-types';
export { calibrateMotion, MIN_CALIBRATION_DECISIONS, MIN_CALIBRATION_PER_OUTCOME, type CalibrationInput } from './calibrate-motion';
export { applyCalibrationChange } from './apply-calibration-change';
export { fitLogisticRegression, predictProbability, logistic, logit, type LogisticModel, type LogisticRegressionOptions } from './logistic-regression';
export { computeAuc, isHeldOut, type AucEstimate } from './model-quality';
export { SCORE_BANDS } from './score-bands';
