export { SupervisorPage } from './SupervisorPage';
export { supervisorQueue, type QueueItem, type SupervisorQueue } from './queue';
