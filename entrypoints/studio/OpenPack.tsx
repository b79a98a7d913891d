/** Where a pack comes in: a file picked or dropped here (read in the page, never uploaded), or the template pack. */
import { useState } from 'preact/hooks';
import { studioStrings } from '../../components/studio-strings';

export function OpenPack({ onFile, onTemplate }: { onFile: (file: File) => void; onTemplate: () => void }) {
  const s = studioStrings();
  const [over, setOver] = useState(false);
  return (
    <div
      class={`dropzone${over ? ' dropzone--over' : ''}`}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        event.preventDefault();
        setOver(false);
        const file = event.dataTransfer?.files[0];
        if (file) onFile(file);
      }}
    >
      <label for="studio-file">{s.openLabel}</label>
      <input
        id="studio-file"
        type="file"
        accept=".json,application/json"
        onChange={(event) => {
          const input = event.currentTarget;
          const file = input.files?.[0];
          if (file) onFile(file);
          // The same file can be opened again after edits are thrown away.
          input.value = '';
        }}
      />
      <p class="hint">{s.dropZone}</p>
      <button type="button" class="button" onClick={onTemplate}>
        {s.startTemplate}
      </button>
    </div>
  );
}
