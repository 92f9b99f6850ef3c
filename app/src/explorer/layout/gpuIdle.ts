import type Sigma from "sigma";

/**
 * Tells when the GPU has finished what sigma last drew, without waiting for
 * it: a WebGL2 fence per WebGL canvas of sigma, polled between tasks
 * (`getSyncParameter` never blocks, unlike `finish` or `readPixels`).
 */
export interface GpuIdle {
  /** Marks the end of the frame just submitted; `done` runs once the GPU has drawn it. */
  afterFrame(done: () => void): void;
  /** Whether a frame is still being drawn. */
  busy(): boolean;
  cancel(): void;
}

const POLL_MS = 8;

export function gpuIdle(sigma: Sigma): GpuIdle {
  const contexts = Object.values(sigma.getCanvases()).flatMap((canvas) => {
    // A canvas with a 2D context answers null here; sigma's WebGL canvases answer their own context.
    const gl = canvas.getContext("webgl2");
    return gl ? [gl] : [];
  });
  let fences: { gl: WebGL2RenderingContext; sync: WebGLSync }[] = [];
  let timer: ReturnType<typeof setTimeout> | null = null;

  const clear = () => {
    for (const { gl, sync } of fences) gl.deleteSync(sync);
    fences = [];
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
  return {
    afterFrame(done) {
      clear();
      fences = contexts.flatMap((gl) => {
        const sync = gl.fenceSync(gl.SYNC_GPU_COMMANDS_COMPLETE, 0);
        gl.flush();
        return sync ? [{ gl, sync }] : [];
      });
      const poll = () => {
        timer = null;
        fences = fences.filter(({ gl, sync }) => {
          const signalled = gl.getSyncParameter(sync, gl.SYNC_STATUS) === gl.SIGNALED;
          if (signalled) gl.deleteSync(sync);
          return !signalled;
        });
        if (fences.length > 0) timer = setTimeout(poll, POLL_MS);
        else done();
      };
      poll();
    },
    busy: () => fences.length > 0,
    cancel: clear,
  };
}
