'use client';

import dynamic from 'next/dynamic';

/**
 * The reviewer's controls, loaded only where a signed-in reviewer's page renders them: the
 * anonymous reader never downloads them (nor the form and schema code they bring).
 */
export const LazyCellReviewControls = dynamic(() => import('./CellReviewControls').then((m) => m.CellReviewControls));
