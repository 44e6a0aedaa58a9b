export * from './build-calibration-report';
export * from './load-calibration-leads';
