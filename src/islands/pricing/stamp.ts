// Moved to the kit (the schedule's CSV and printout use it too).
export { localDateTime } from '../kit/stamp';
