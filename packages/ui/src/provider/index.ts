'use client';
export { LearnlensProvider, type LearnlensProviderProps } from './LearnlensProvider.js';
export { useLearnlens, type LearnlensContextValue } from './learnlensContext.js';
