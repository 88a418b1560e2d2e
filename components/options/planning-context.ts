import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { PlanningSettings } from '../../lib/core/rate-lines';

/** The settings the rate warnings and the burden marks read, wherever a rate or a month is shown. */
export const PlanningContext = createContext<PlanningSettings>({});
export const usePlanningSettings = () => useContext(PlanningContext);
