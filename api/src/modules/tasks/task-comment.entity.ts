import { EntitySchema } from 'typeorm';

/** A comment on a user task, kept with the process instance so the history shows it after the task ends. */
export interface TaskComment {
  id: string;
  taskId: string;
  processInstanceId: string | null;
  author: string;
  printedName: string;
  text: string;
  createdAt: Date;
}

export const TaskCommentEntity = new EntitySchema<TaskComment>({
  name: 'TaskComment',
  tableName: 'task_comment',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    taskId: { name: 'task_id', type: 'varchar', length: 64 },
    processInstanceId: { name: 'process_instance_id', type: 'varchar', length: 64, nullable: true },
    author: { type: 'varchar', length: 64 },
    printedName: { name: 'printed_name', type: 'varchar', length: 200 },
    text: { type: 'varchar', length: 2000 },
    createdAt: { name: 'created_at', type: 'datetime', precision: 3 },
  },
});
