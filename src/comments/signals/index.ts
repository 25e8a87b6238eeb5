import type { SignalDetector } from '../comment-signal';
import { detectClosedThemeClass } from './closed-theme-class';
import { detectClosingNotice } from './closing-notice';
import { detectCommentForm } from './comment-form';
import { detectDisabledForm } from './disabled-form';
import { detectEmbed } from './embed';
import { detectOpenConfig } from './open-config';
import { detectOpenMetadata } from './open-metadata';
import { detectRequirementNotice } from './requirement-notice';
import { detectSubscribeOnly } from './subscribe-only';

/** Every detector, in the order their evidence is listed when signals are equally strong. */
export const SIGNAL_DETECTORS: SignalDetector[] = [
  detectClosingNotice,
  detectClosedThemeClass,
  detectRequirementNotice,
  detectDisabledForm,
  detectCommentForm,
  detectSubscribeOnly,
  detectOpenConfig,
  detectEmbed,
  detectOpenMetadata,
];
