// Lays out a BPMN file written without a diagram: fills each flow node's incoming and outgoing
// from the sequence flows, then draws it with bpmn-auto-layout. For a model written as text;
// a model drawn in the designer keeps its own layout.
//   node processes/scripts/lay-out-bpmn.mjs <in.bpmn> <out.bpmn>
import { readFile, writeFile } from 'node:fs/promises';
import { BpmnModdle } from 'bpmn-moddle';
import camundaModdle from 'camunda-bpmn-moddle/resources/camunda.json' with { type: 'json' };
import { layoutProcess } from 'bpmn-auto-layout';

const [input, output] = process.argv.slice(2);
if (!input || !output) {
  console.error('usage: node processes/scripts/lay-out-bpmn.mjs <in.bpmn> <out.bpmn>');
  process.exit(2);
}
const moddle = new BpmnModdle({ camunda: camundaModdle });
const { rootElement: definitions } = await moddle.fromXML(await readFile(input, 'utf8'));

function connect(container) {
  const elements = container.flowElements ?? [];
  for (const element of elements) {
    if (element.$type !== 'bpmn:SequenceFlow' && 'incoming' in element === false) {
      element.incoming = [];
      element.outgoing = [];
    }
  }
  for (const element of elements) {
    if (element.$type === 'bpmn:SequenceFlow') {
      element.sourceRef.get('outgoing').push(element);
      element.targetRef.get('incoming').push(element);
    }
    if (element.$type === 'bpmn:SubProcess') connect(element);
  }
}
for (const root of definitions.rootElements.filter((element) => element.$type === 'bpmn:Process')) connect(root);
const { xml } = await moddle.toXML(definitions, { format: true });
await writeFile(output, await layoutProcess(xml));
console.log(`Laid out ${output}`);
