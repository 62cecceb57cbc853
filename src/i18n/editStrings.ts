import type { CommandName } from '../graph/commands';

/** Interface text of editing: the edit switch, undo and redo, the node editor. */
export const editEn = {
  'edit.toggle': 'Edit',
  'edit.toggleLabel': 'Edit the data: rename and delete, with undo',
  'edit.undo': 'Undo',
  'edit.redo': 'Redo',
  'edit.undoWhat': 'Undo: {name}',
  'edit.redoWhat': 'Redo: {name}',
  'edit.nothingToUndo': 'Nothing to undo',
  'edit.nothingToRedo': 'Nothing to redo',
  'edit.undone': 'Undone: {name}.',
  'edit.redone': 'Redone: {name}.',
  'edit.done': 'Done: {name}.',
  'edit.heading': 'Edit this node',
  'edit.labelEn': 'Name in English',
  'edit.labelHi': 'Name in Hindi (optional)',
  'edit.save': 'Save the name',
  'edit.delete': 'Delete this node',
  'edit.deleteSays':
    'Deleting it deletes {edges} relationships and {evidence} pieces of evidence; Undo brings them back.',
  'edit.refused': 'Not changed: {reason}',
  'command.node.add': 'add “{label}”',
  'command.node.rename': 'rename “{label}” to “{to}”',
  'command.node.edit': 'edit “{label}”',
  'command.node.delete': 'delete “{label}”',
  'command.node.move': 'move {count} nodes',
  'command.edge.add': 'add the relationship “{label}”',
  'command.edge.edit': 'edit the relationship “{label}”',
  'command.edge.delete': 'delete the relationship “{label}”',
} as const;

export const editHi: Record<keyof typeof editEn, string> = {
  'edit.toggle': 'संपादन',
  'edit.toggleLabel': 'डेटा संपादित करें: नाम बदलें और हटाएं, वापस लेने की सुविधा के साथ',
  'edit.undo': 'वापस लें',
  'edit.redo': 'फिर करें',
  'edit.undoWhat': 'वापस लें: {name}',
  'edit.redoWhat': 'फिर करें: {name}',
  'edit.nothingToUndo': 'वापस लेने को कुछ नहीं',
  'edit.nothingToRedo': 'फिर करने को कुछ नहीं',
  'edit.undone': 'वापस लिया गया: {name}।',
  'edit.redone': 'फिर किया गया: {name}।',
  'edit.done': 'किया गया: {name}।',
  'edit.heading': 'इस नोड को संपादित करें',
  'edit.labelEn': 'अंग्रेज़ी में नाम',
  'edit.labelHi': 'हिन्दी में नाम (वैकल्पिक)',
  'edit.save': 'नाम सहेजें',
  'edit.delete': 'यह नोड हटाएं',
  'edit.deleteSays':
    'इसे हटाने से {edges} संबंध और प्रमाण के {evidence} अंश हट जाएंगे; "वापस लें" उन्हें लौटा देता है।',
  'edit.refused': 'नहीं बदला: {reason}',
  'command.node.add': '“{label}” जोड़ें',
  'command.node.rename': '“{label}” का नाम बदलकर “{to}”',
  'command.node.edit': '“{label}” संपादित करें',
  'command.node.delete': '“{label}” हटाएं',
  'command.node.move': '{count} नोड खिसकाएं',
  'command.edge.add': 'संबंध “{label}” जोड़ें',
  'command.edge.edit': 'संबंध “{label}” संपादित करें',
  'command.edge.delete': 'संबंध “{label}” हटाएं',
};

/** The message key that names a command in the history. */
export const commandKey = (name: CommandName) => `command.${name.code}` as const;
