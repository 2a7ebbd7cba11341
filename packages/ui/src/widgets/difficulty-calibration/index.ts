'use client';
export { DifficultyCalibration } from './DifficultyCalibration.js';
export { calibrationOrder, verdictOf } from './difficultyCalibration.utils.js';
export type { CalibrationLevel, CalibrationQuestion, CalibrationVerdict, DifficultyCalibrationProps } from './difficultyCalibration.types.js';
