"""Training on a REAL local Ray cluster (``ray_cluster``, started once per session) with the real trainer.

Every test runs real trainings of the tiny model through ``JobQueue`` with ``ray_address`` set: Ray actors on
worker processes, the model back through the object store or shared storage, the SQLite queue as the source
of truth. The cluster declares one fake GPU (no CUDA behind it): a ``--device auto`` job asks Ray for it.
"""

from __future__ import annotations

import asyncio
import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bot.store import Store
from bot.training.publishing import HubPublisher
from bot.training.queue import JobEvent, JobQueue, TrainRequest
from tests.bot_helpers import FAST_TRAINER_ARGS, ROOT, make_settings
from trainer.events import STAGE_NAMES as STAGES
from trainer.remote import temp_root

pytestmark = pytest.mark.timeout(300)

CPU_FAST = [*FAST_TRAINER_ARGS, "--device", "cpu"]
SLOW = ["--epochs", "200", "--min-tweets", "10", "--samples", "1"]


def _settings(tmp_path: Path, tiny_model_dir: Path, cluster, extra: list[str], **overrides):
    values = dict(ray_address=cluster.address, ray_cpus_per_job=1.0, trainer_extra_args=list(extra))
    values.update(overrides)
    return make_settings(tmp_path / "data", tiny_model_dir, **values)


def _request(*handles: str, source: str = "sample", **extra) -> TrainRequest:
    return TrainRequest(handles=handles, requested_by="console:owner", chat_key="console:terminal",
                        source=source, **extra)


async def _queue(settings, **backend_options) -> tuple[Store, JobQueue]:
    """A queue with the backend the bot picks for these settings (``app.trainer_backend``: Ray)."""
    from bot.app import trainer_backend
    from bot.training.ray_backend import RayBackend

    store = Store(settings.db_path)
    backend = RayBackend(settings, **backend_options) if backend_options else trainer_backend(settings)
    assert isinstance(backend, RayBackend)
    queue = JobQueue(settings, store, backend=backend)
    await queue.start()
    return store, queue


def _job_folders(job_id: int) -> list[Path]:
    """The worker-side folders of a job (any attempt) that still exist."""
    root = temp_root()
    return [p for p in root.iterdir() if re.fullmatch(rf"w\d+-job-{job_id}-\d+-.*", p.name)]


def _leftovers(settings) -> list[str]:
    staging = settings.models_dir / ".staging"
    found = [str(p) for p in staging.iterdir()] if staging.exists() else []
    found += [str(p) for p in settings.models_dir.iterdir()
              if p.name != ".staging" and not (p / "mimicbird.json").is_file()]
    return found


def _actor_alive(name: str) -> bool:
    import ray

    try:
        ray.get_actor(name, namespace="mimicbird")
    except ValueError:
        return False
    return True


async def _until(condition, timeout: float = 120, every: float = 0.2):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        await asyncio.sleep(every)
    raise TimeoutError("condition not met")


def test_cluster_listens_on_loopback_only(ray_cluster):
    from tests.ray_helpers import listening_addresses

    assert ray_cluster.node_ip == "127.0.0.1" and ray_cluster.address.startswith("127.0.0.1:")
    assert listening_addresses(ray_cluster) == {"127.0.0.1"}
    print(f"ray.init took {ray_cluster.start_s:.1f} s")


async def test_capacity_is_the_clusters_room_under_the_cap(tmp_path, tiny_model_dir, ray_cluster, caplog):
    """4 CPUs and 1 GPU: CPU jobs of 1 CPU fit 4 (the cap of 4), of 3 CPUs 1, of 8 none (they wait queued);
    GPU jobs (cuda, or auto on a cluster with a GPU) 1; a cap of 2 holds."""
    from bot.training.ray_backend import RayBackend

    cases = [(CPU_FAST, {}, 4), (CPU_FAST, {"ray_cpus_per_job": 3.0}, 1),
             (CPU_FAST, {"ray_max_concurrent_jobs": 2}, 2), (CPU_FAST, {"ray_cpus_per_job": 8.0}, 0),
             ([*FAST_TRAINER_ARGS, "--device", "cuda"], {}, 1), (FAST_TRAINER_ARGS, {}, 1)]  # auto: the GPU
    for extra, overrides, expected in cases:
        backend = RayBackend(_settings(tmp_path, tiny_model_dir, ray_cluster, extra, **overrides))
        await backend.start()
        assert backend.capacity() == expected, (extra, overrides)
    assert [r.getMessage() for r in caplog.records if "ray.no_room" in r.getMessage()] == [
        'ray.no_room cpus=8 gpus=0 cluster="CPU=4,GPU=1" note="jobs wait queued until a node that fits joins"']


async def test_two_jobs_in_parallel_with_progress_in_order(tmp_path, tiny_model_dir, ray_cluster):
    """Two CPU jobs at once (one of them from an uploaded file, which must reach the worker)."""
    settings = _settings(tmp_path, tiny_model_dir, ray_cluster, CPU_FAST)
    upload = settings.uploads_dir / "tweets.jsonl"
    upload.parent.mkdir(parents=True)
    tweets = [f"tweet number {i} about sourdough starters and ovens" for i in range(40)]
    upload.write_text("".join(json.dumps({"text": t}) + "\n" for t in tweets))
    store, queue = await _queue(settings)
    assert queue.backend.capacity() == 4  # 4 CPUs / 1 CPU per job, under the cap of 4
    seen: dict[int, list[tuple[str, float]]] = {}
    kinds: dict[int, list[str]] = {}

    async def record(event: JobEvent) -> None:
        kinds.setdefault(event.job.id, []).append(event.kind)
        if event.kind == "progress":
            seen.setdefault(event.job.id, []).append((event.job.progress.stage, event.job.progress.percent))

    queue.subscribe(record)
    try:
        first = queue.submit(_request("mb_lena_bakes")).job
        second = queue.submit(_request("fan_of_bread", source="file", input_path=upload, input_hash="h1")).job
        done = [await queue.wait(first.id, 240), await queue.wait(second.id, 240)]
    finally:
        await queue.stop()
    assert [j.status for j in done] == ["done", "done"], [j.error for j in done]
    a, b = done
    assert a.started_at < b.finished_at and b.started_at < a.finished_at  # they overlapped
    for job, name in zip(done, ("mb_lena_bakes", "fan_of_bread"), strict=True):
        stages = [stage for stage, _ in seen[job.id]]
        assert [s for s in STAGES if s in stages] == list(dict.fromkeys(stages)), stages  # stage order
        assert {"fetch", "train", "save"} <= set(stages)
        percents = [p for _, p in seen[job.id]]
        assert percents == sorted(percents) and job.progress.percent == 100.0
        assert kinds[job.id][0] == "started" and kinds[job.id][-1] == "done" and kinds[job.id].count("done") == 1
        model = store.get_model(name)
        assert model is not None and Path(model.folder) == settings.models_dir / name
        meta = json.loads((Path(model.folder) / "mimicbird.json").read_text())
        weights = "adapter_model.safetensors" if meta["method"] == "lora" else "model.safetensors"  # auto's pick
        assert meta["handles"] == [name] and (Path(model.folder) / weights).is_file()
    assert store.get_model("fan_of_bread").stats["fan_of_bread"]["kept"] == 40  # the upload's tweets
    assert not upload.exists()  # the upload is removed once its job ends
    assert _leftovers(settings) == [] and _job_folders(a.id) == [] and _job_folders(b.id) == []
    assert not _actor_alive(f"mimicbird-job-{a.id}-1") and not _actor_alive(f"mimicbird-job-{b.id}-1")


async def test_gpu_job_gets_the_gpu_and_cancel_leaves_nothing(tmp_path, tiny_model_dir, ray_cluster):
    """--device auto on a cluster with a GPU asks for it (one at a time); /cancel stops it by its stop flag."""
    settings = _settings(tmp_path, tiny_model_dir, ray_cluster, SLOW)
    store, queue = await _queue(settings, grace_s=20)
    assert queue.backend.capacity() == 1  # one GPU in the cluster
    training = asyncio.Event()

    async def watch(event: JobEvent) -> None:
        if event.kind == "progress" and event.job.progress.stage == "train":
            training.set()

    try:
        job = queue.submit(_request("mb_lena_bakes")).job
        waiting = queue.submit(_request("mb_astro_ivo")).job
        queue.subscribe(watch, job.id)
        await asyncio.wait_for(training.wait(), 120)
        placement = queue.backend.running(job.id).placement
        assert placement.gpu_ids == ("0",) and placement.node_ip == "127.0.0.1"
        assert store.get_job(waiting.id).status == "queued"  # the only GPU is taken
        assert _job_folders(job.id)
        started = time.monotonic()
        final = await queue.cancel(job.id)
        elapsed = time.monotonic() - started
        cancelled_waiting = await queue.cancel(waiting.id)  # claimed by now, or about to be: cancelled either way
    finally:
        await queue.stop()
    assert final.status == "cancelled" and cancelled_waiting.status == "cancelled"
    assert elapsed < queue.backend.grace_s  # stopped by the trainer's stop flag, not killed
    assert store.get_model("mb_lena_bakes") is None and _leftovers(settings) == []
    assert _job_folders(job.id) == []  # the worker removed its folder
    await _until(lambda: not _actor_alive(f"mimicbird-job-{job.id}-1"), 30)
    await _until(lambda: not _pid_running(placement.pid), 30)  # the worker process (and its GPU) is released


async def test_failures_on_the_cluster_are_one_line(tmp_path, tiny_model_dir, ray_cluster):
    """The trainer refusing on a worker; an upload over the limit (never sent to the cluster)."""
    settings = _settings(tmp_path, tiny_model_dir, ray_cluster, CPU_FAST, max_upload_bytes=1000)
    huge = settings.uploads_dir / "huge.jsonl"
    huge.parent.mkdir(parents=True)
    huge.write_text('{"text": "a tweet about bread and ovens"}\n' * 100)  # 3.6 kB > 1000 bytes
    store, queue = await _queue(settings)
    try:
        refused = queue.submit(_request("nobody_here_x")).job
        too_big = queue.submit(_request("bread_fan", source="file", input_path=huge, input_hash="h2")).job
        jobs = [await queue.wait(refused.id, 120), await queue.wait(too_big.id, 120)]
    finally:
        await queue.stop()
    for job in jobs:
        assert job.status == "failed" and job.attempts == 1  # refusals are not retried
        assert "\n" not in job.error and "Traceback" not in job.error and str(tmp_path) not in job.error
        assert _job_folders(job.id) == [] and not _actor_alive(f"mimicbird-job-{job.id}-1")
    assert "nobody_here_x" in jobs[0].error
    assert jobs[1].error == "huge.jsonl is larger than the upload limit"
    assert _leftovers(settings) == [] and not huge.exists()


@pytest.mark.cuda
@pytest.mark.skipif(not __import__("torch").cuda.is_available(), reason="needs a CUDA GPU")
async def test_gpu_job_trains_on_the_real_gpu(tmp_path, tiny_model_dir, ray_cluster):
    """On a GPU machine the cluster's one GPU is real: a --device cuda job gets it and trains there."""
    settings = _settings(tmp_path, tiny_model_dir, ray_cluster, [*FAST_TRAINER_ARGS, "--device", "cuda"])
    store, queue = await _queue(settings)
    try:
        job = await queue.wait(queue.submit(_request("mb_lena_bakes")).job.id, 240)
    finally:
        await queue.stop()
    assert job.status == "done", job.error
    meta = json.loads((settings.models_dir / "mb_lena_bakes" / "mimicbird.json").read_text())
    assert meta["device"] == "cuda"


def _pid_running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(") ", 1)[1]
    except OSError:
        return False
    return not state.startswith("Z")


async def test_worker_killed_mid_training_is_retried_once_then_reported(tmp_path, tiny_model_dir, ray_cluster):
    settings = _settings(tmp_path, tiny_model_dir, ray_cluster, [*SLOW, "--device", "cpu"])
    store, queue = await _queue(settings)
    try:
        job = queue.submit(_request("mb_lena_bakes")).job
        pids = []
        for attempt in (1, 2):
            await _until(lambda a=attempt: (store.get_job(job.id).attempts == a
                                            and store.get_job(job.id).progress.stage == "train"))
            run = queue.backend.running(job.id)
            assert run is not None and run.placement is not None
            pids.append(run.placement.pid)
            if attempt == 2:  # the retry's worker swept the folder the killed worker left
                assert [p for p in _job_folders(job.id) if p.name.startswith(f"w{pids[0]}-")] == []
            os.kill(run.placement.pid, signal.SIGKILL)
        final = await queue.wait(job.id, 120)
    finally:
        await queue.stop()
    assert (final.status, final.attempts) == ("failed", 2)
    assert final.error == "the Ray worker running the training died; it was tried twice"
    assert store.get_model("mb_lena_bakes") is None and _leftovers(settings) == []
    from trainer.remote import sweep_stale_workdirs

    leftover = [p.name for p in _job_folders(job.id)]
    assert leftover and all(name.startswith(f"w{pids[1]}-") for name in leftover)  # SIGKILL: no clean-up ran
    assert set(leftover) <= set(sweep_stale_workdirs())  # ... so the next job on this machine removes it
    assert _job_folders(job.id) == []


def _serve(data_dir: Path, tiny_model_dir: Path, handle: str, extra: list[str], env: dict[str, str],
           log: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.bot_helpers", "serve", str(data_dir), str(tiny_model_dir), handle, *extra],
        cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT), **env}, stdout=log.open("w"),
        stderr=subprocess.STDOUT)


def _job(data_dir: Path, job_id: int = 1):
    if not (data_dir / "mimicbird.db").exists():
        return None
    store = Store(data_dir / "mimicbird.db")
    try:
        return store.get_job(job_id)
    finally:
        store.close()


@pytest.mark.timeout(1000)
async def test_bot_restart_over_ray_client_reruns_the_job_once(tmp_path, tiny_model_dir, ray_cluster):
    """A bot on Ray Client (ray://, its own process) killed -9 mid-training; the next bot kills the leftover
    actor by name, trains the job again (attempt 2) and installs the model exactly once."""
    data_dir = tmp_path / "data"
    env = {"MIMICBIRD_RAY_ADDRESS": ray_cluster.client_address, "MIMICBIRD_RAY_CPUS_PER_JOB": "1",
           "MIMICBIRD_TEST_LOG": "1"}
    # A client's grace period (it tells the server) is how long Ray Client keeps its actors once it vanished:
    # the first bot's leftover outlives it long enough that only the next bot can end it. It also bounds how
    # long a client retries a connection: under load Ray's per-client server sometimes dies as it starts
    # (its PR_SET_PDEATHSIG follows the forking thread), the client retries for up to its grace, and the bot
    # joins again 30 s after that. So the first bot's grace is a compromise: on a loaded 2-core CI machine the
    # second bot once joined ~100 s after its start (its short grace lets it recover quickly), which a 90 s
    # grace did not outlast, while a grace as long as the test's waits stalled the first bot's own join. The
    # waits allow the first bot one stalled join and the leftover its whole grace.
    grace_s = 180
    first_env, second_env = {**env, "RAY_CLIENT_RECONNECT_GRACE_PERIOD": str(grace_s)}, {
        **env, "RAY_CLIENT_RECONNECT_GRACE_PERIOD": "10"}
    logs = [tmp_path / "bot-1.log", tmp_path / "bot-2.log"]

    def with_logs(exc: BaseException) -> AssertionError:
        return AssertionError("\n".join([str(exc), *(f"{log.name}: {log.read_text()[-3000:]}" for log in logs)]))

    first = _serve(data_dir, tiny_model_dir, "mb_lena_bakes", [*SLOW, "--device", "cpu"], first_env, logs[0])
    try:
        await _until(lambda: (job := _job(data_dir)) and job.status == "running" and job.progress.stage == "train",
                     grace_s + 240, every=0.5)
        assert _actor_alive("mimicbird-job-1-1")
    except TimeoutError as exc:
        raise with_logs(exc) from None
    finally:
        first.send_signal(signal.SIGKILL)
        first.wait(10)
    assert _actor_alive("mimicbird-job-1-1")  # the dead bot's actor lives on for the grace period

    second = _serve(data_dir, tiny_model_dir, "-", CPU_FAST, second_env, logs[1])
    try:
        await _until(lambda: not _actor_alive("mimicbird-job-1-1"), grace_s + 60, every=0.5)
        job = await _until(lambda: (job := _job(data_dir)) and job.status in ("done", "failed") and job, 240, 0.5)
        assert "ray.leftover_killed job=1 attempt=1" in logs[1].read_text()  # by its name, not by the grace
    except (TimeoutError, AssertionError) as exc:
        raise with_logs(exc) from None
    finally:
        second.send_signal(signal.SIGKILL)
        second.wait(10)
    assert (job.status, job.attempts) == ("done", 2), job.error
    store = Store(data_dir / "mimicbird.db")
    assert [m.name for m in store.models()] == ["mb_lena_bakes"]
    store.close()
    models_dir = data_dir / "models"
    assert sorted(p.name for p in models_dir.iterdir()) == [".staging", "mb_lena_bakes"]
    assert not any((models_dir / ".staging").iterdir())
    assert any((models_dir / "mb_lena_bakes" / f).is_file() for f in ("model.safetensors", "adapter_model.safetensors"))
    await _until(lambda: not [p for p in _job_folders(1) if "-job-1-2-" in p.name], 30)  # attempt 2 cleaned up
    from trainer.remote import sweep_stale_workdirs

    sweep_stale_workdirs()  # the killed attempt's folder: removed by the next job on this machine
    assert _job_folders(1) == []


async def test_a_leftover_the_start_could_not_reach_is_ended_by_the_jobs_next_attempt(
        tmp_path, tiny_model_dir, ray_cluster, monkeypatch, caplog):
    """The path CI once took: the restarted bot joined the cluster only after its start (``START_WAIT_S``), so
    the start could not end the dead bot's actor; the re-queued job's next attempt ends it by name first."""
    import ray

    from bot.training.ray_backend import RayBackend, actor_name
    from bot.training.ray_cluster import NAMESPACE, RayCluster

    settings = _settings(tmp_path, tiny_model_dir, ray_cluster, CPU_FAST)
    store = Store(settings.db_path)
    store.add_job(handles=["mb_lena_bakes"], model_name="mb_lena_bakes", source="sample", request_key="k",
                  requested_by="console:owner", chat_key="console:terminal")
    interrupted = store.claim_next_job()  # running, attempt 1: what a bot killed mid-training leaves behind
    assert await RayCluster(settings, lambda text: text).ensure_connected()

    @ray.remote(num_cpus=0)
    class Leftover:
        def ping(self) -> int:
            return 1

    leftover = Leftover.options(name=actor_name(interrupted.id, 1), namespace=NAMESPACE).remote()
    assert ray.get(leftover.ping.remote(), timeout=60) == 1

    async def unreachable_at_start(self, job) -> None:  # as when the join outlasted the start's wait
        return None

    monkeypatch.setattr(RayBackend, "reap_orphan", unreachable_at_start)
    caplog.set_level("WARNING", logger="bot.ray")
    _, queue = await _queue(settings)
    try:
        final = await queue.wait(interrupted.id, 120)
    finally:
        await queue.stop()
    assert (final.status, final.attempts) == ("done", 2), final.error
    assert f"ray.leftover_killed job={interrupted.id} attempt=1" in caplog.text
    assert not _actor_alive(actor_name(interrupted.id, 1))
    assert [m.name for m in store.models()] == ["mb_lena_bakes"]
    store.close()


async def test_an_unreachable_cluster_keeps_jobs_queued_and_the_bot_serving(tmp_path, tiny_model_dir):
    """Nothing listens at the Ray address: the bot still starts (Ray Client would take 30 s to give up) and
    answers /train; the job waits queued for the cluster instead of failing."""
    from tests.ray_helpers import _free_port

    data_dir, log = tmp_path / "data", tmp_path / "bot.log"
    env = {"MIMICBIRD_RAY_ADDRESS": f"ray://127.0.0.1:{_free_port()}", "MIMICBIRD_TEST_LOG": "1"}
    bot = _serve(data_dir, tiny_model_dir, "mb_lena_bakes", CPU_FAST, env, log)
    try:
        await _until(lambda: "serving" in log.read_text(), 90, every=0.5)
        assert "ray.unreachable" not in log.read_text()  # it serves before Ray Client gives up on the address
        job = _job(data_dir)
        await asyncio.sleep(2)
        assert "ray.connected" not in log.read_text()
        assert (job.status, _job(data_dir).status, _job(data_dir).attempts) == ("queued", "queued", 0)
    finally:
        bot.send_signal(signal.SIGKILL)
        bot.wait(10)


async def test_secrets_reach_the_worker_but_nothing_ray_records(tmp_path, tiny_model_dir, ray_cluster, monkeypatch):
    """A job with every secret set trains on the cluster, yet no token is in Ray's task or actor
    records or logs. The model comes back through shared storage (MIMICBIRD_RAY_SHARED_DIR) and is installed
    once; then the bot pushes it to a fake Hub (issue 9: the push follows the install, whatever the backend)."""
    import ray
    from ray._private.state import state

    from tests.fakes.fake_hf_hub import FakeHfHub

    hf_token, x_token, masto_token = "hf_RaySecretToken987654", "x-bearer-RaySecret-123456", "masto-RaySecret-777"
    with FakeHfHub(tokens={hf_token: "alice"}) as hub:
        monkeypatch.setenv("HF_ENDPOINT", hub.endpoint)  # forwarded through runtime_env (not a secret)
        monkeypatch.setenv("HF_HUB_OFFLINE", "0")
        monkeypatch.setenv("HF_HUB_DISABLE_XET", "1")
        shared = tmp_path / "shared"  # this time the model comes back through shared storage
        settings = _settings(tmp_path, tiny_model_dir, ray_cluster, CPU_FAST, hf_token=hf_token,
                             x_bearer_token=x_token, hf_push=True, hf_namespace="alice", ray_shared_dir=shared,
                             mastodon_tokens=json.dumps({"social.example": masto_token}))
        store, queue = await _queue(settings)
        try:
            job = await queue.wait(queue.submit(_request("mb_lena_bakes")).job.id, 240)
        finally:
            await queue.stop()
        assert job.status == "done", job.error
        assert "alice/mb_lena_bakes" not in hub.repos  # the worker never pushes ...
        pushed = await HubPublisher(settings).push(store.get_model("mb_lena_bakes"))  # ... the bot does, after
        assert pushed.ok, pushed.reason
        assert {"model.safetensors", "adapter_model.safetensors"} & set(hub.repos["alice/mb_lena_bakes"].files)

    time.sleep(1.5)  # task events are flushed to the GCS every second
    task_events = "\n".join(str(event) for event in state._get_all_task_events())
    actors = str(state.actor_table(None)) + str(ray.util.list_named_actors(all_namespaces=True))
    logs = "\n".join(p.read_text(errors="replace") for p in (ray_cluster.session_dir / "logs").rglob("*")
                     if p.is_file())
    assert hub.endpoint in task_events and f"mimicbird-job-{job.id}-1" in task_events  # we look at the records
    for secret in (hf_token, x_token, masto_token):
        assert secret not in task_events and secret not in actors and secret not in logs
    assert _job_folders(job.id) == [] and not any((shared / ".staging").iterdir())
    assert [m.name for m in store.models()] == ["mb_lena_bakes"] and _leftovers(settings) == []


def test_ray_records_a_runtime_env_so_no_secret_goes_there(ray_cluster):
    """Why secrets travel through the object store: Ray 2.60 writes an actor's runtime_env ``env_vars`` in plain
    text to the GCS task events (what the dashboard and ``ray list tasks --detail`` show) and to the node's
    runtime-env agent log. If this ever fails, Ray stopped recording them and runtime_env becomes an option."""
    import ray
    from ray._private.state import state

    canary = f"canary-{os.getpid()}-{time.time_ns()}"

    @ray.remote(num_cpus=0)
    class Probe:
        def read(self) -> str:
            return os.environ.get("MIMICBIRD_CANARY", "")

    probe = Probe.options(runtime_env={"env_vars": {"MIMICBIRD_CANARY": canary}}).remote()
    try:
        assert ray.get(probe.read.remote(), timeout=120) == canary
    finally:
        ray.kill(probe)
    deadline = time.monotonic() + 10
    while canary not in "\n".join(str(event) for event in state._get_all_task_events()):
        assert time.monotonic() < deadline, "the runtime_env is no longer in Ray's task events"
        time.sleep(0.5)
    agent_log = ray_cluster.session_dir / "logs" / "runtime_env_agent.log"
    assert canary in agent_log.read_text(errors="replace")


def test_local_default_needs_no_ray(tmp_path, tiny_model_dir):
    code = (
        "import sys; from bot.app import *; from bot.training.queue import JobQueue; from bot.store import Store\n"
        "from tests.bot_helpers import make_settings\n"
        f"s = make_settings({str(tmp_path)!r}, {str(tiny_model_dir)!r})\n"
        "JobQueue(s, Store(s.db_path)); assert 'ray' not in sys.modules, 'ray imported'\n"
        "import bot.training.ray_backend, trainer.remote, trainer.model_archive\n"  # lazy where Ray is used
        "assert 'ray' not in sys.modules, 'ray imported at module level'\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("MIMICBIRD_")}
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
