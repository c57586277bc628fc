// A role agent for the Execution Orchestrator, in Node.js with amqplib and nothing else.
//
// It takes ExecuteRoleTask messages from its role's queue, writes one artifact per expected output into the
// artifact store, and answers with plain JSON: ArtifactReady for each file, then RoleTaskCompleted (or
// RoleTaskFailed with the reason). A task is acknowledged only after the broker has confirmed the answers, so a
// crash means the task is delivered again; the orchestrator ignores answers it has already applied.
//
//   AMQP_URL=amqp://role-observability-ai:SECRET@127.0.0.1:5673/orchestrator \
//   ROLE=observability_ai ARTIFACTS_ROOT=/srv/artifacts node agent.js
//
// Replace writeArtifact() with the role's real work.
'use strict';
const amqp = require('amqplib');
const crypto = require('crypto');
const fs = require('fs/promises');
const path = require('path');

const url = required('AMQP_URL');
const role = required('ROLE');
const root = path.resolve(required('ARTIFACTS_ROOT'));
const queue = `role-${role.replaceAll('_', '-')}`;     // observability_ai -> role-observability-ai
const user = decodeURIComponent(new URL(url).username); // RabbitMQ checks user_id against this login

function required(name) {
  const value = process.env[name];
  if (!value) {
    console.error(`agent: the environment variable ${name} is required`);
    process.exit(2);
  }
  return value;
}

// The task arrives in MassTransit's envelope: the ExecuteRoleTask itself is its "message" property.
function taskOf(delivery) {
  const body = JSON.parse(delivery.content.toString('utf8'));
  return body.message ?? body;
}

async function writeArtifact(task, name) {
  const location = `runs/${task.runId.replaceAll('-', '')}/${name}`;
  const file = path.join(root, location);
  const content = Buffer.from(
    `# ${name}\n\nWritten by the Node.js ${role} agent for run ${task.runId}, attempt ${task.attempt}.\n` +
    `Inputs read: ${task.inputs.map(i => i.name).join(', ') || 'none'}.\n`);
  await fs.mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  await fs.writeFile(temporary, content);
  await fs.rename(temporary, file); // readers never see half a file
  const sha256 = crypto.createHash('sha256').update(content).digest('hex');
  return { runId: task.runId, taskId: task.taskId, role, name, location, sha256, size: content.length, attributes: {} };
}

async function main() {
  const connection = await amqp.connect(url);
  const channel = await connection.createConfirmChannel();
  await channel.prefetch(1);
  const publish = (message, body) => new Promise((ok, fail) =>
    channel.publish(`Orchestrator.Contracts:${message}`, '', Buffer.from(JSON.stringify(body)),
      { contentType: 'application/json', persistent: true, userId: user },
      error => (error ? fail(error) : ok())));

  // Something that is not a task is kept, with the reason, in the role's _error queue (as MassTransit does).
  const errorQueue = `${queue}_error`;
  const moveToError = async (delivery, reason) => {
    await channel.assertExchange(errorQueue, 'fanout', { durable: true });
    await channel.assertQueue(errorQueue, { durable: true });
    await channel.bindQueue(errorQueue, errorQueue, '');
    await new Promise((ok, fail) => channel.publish(errorQueue, '', delivery.content,
      { ...delivery.properties, userId: user, headers: { ...delivery.properties.headers, 'MT-Reason': reason } },
      error => (error ? fail(error) : ok())));
    channel.ack(delivery);
    console.error(`agent: moved a message to ${errorQueue}: ${reason}`);
  };

  const stop = async () => {
    await channel.close().catch(() => {});
    await connection.close().catch(() => {});
    process.exit(0);
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);

  // The queue exists once the orchestrator has sent the role a task; declaring it (durable, no arguments, as the
  // orchestrator does) lets the agent start first.
  await channel.assertQueue(queue, { durable: true });
  await channel.consume(queue, async delivery => {
    let task;
    try {
      task = taskOf(delivery);
    } catch (error) {
      await moveToError(delivery, `not an ExecuteRoleTask: ${error.message}`);
      return;
    }
    const answer = { runId: task.runId, taskId: task.taskId, role, attempt: task.attempt };
    try {
      for (const name of task.expectedOutputs)
        await publish('ArtifactReady', await writeArtifact(task, name));
      await publish('RoleTaskCompleted', answer);
      console.log(`agent: ${role} completed task ${task.taskId} of run ${task.runId} (${task.expectedOutputs.join(', ')})`);
    } catch (error) {
      await publish('RoleTaskFailed', { ...answer, reason: `node agent: ${error.message}` });
      console.error(`agent: ${role} failed task ${task.taskId} of run ${task.runId}: ${error.message}`);
    }
    channel.ack(delivery);
  });
  console.log(`agent: ${role} is waiting for tasks on ${queue} as ${user}`);
}

main().catch(error => {
  console.error(`agent: ${error.message}`);
  process.exit(1);
});
