import queue
q = queue.Queue(maxsize=3)
for i in range(3): q.put(i)
print(q.qsize(), q.full(), q.empty())
try:
    q.put_nowait(99)
except queue.Full as e:
    print("full", repr(e), type(e).__module__)
print([q.get() for _ in range(3)], q.empty())
try:
    q.get_nowait()
except queue.Empty as e:
    print("empty", repr(e), type(e).__module__, type(e).__name__)
try:
    q.get(timeout=0.01)
except queue.Empty:
    print("timed out")
try:
    q.get(timeout=-1)
except ValueError as e:
    print(e)
q.put("task"); q.get()
for _ in range(4): q.task_done()
try:
    q.task_done()
except ValueError as e:
    print(e)
q.join(); print("joined")
lq = queue.LifoQueue(); pq = queue.PriorityQueue(); sq = queue.SimpleQueue()
for v in [3, 1, 2]: lq.put(v); pq.put((v, f"job{v}")); sq.put(v)
print([lq.get() for _ in range(3)], [pq.get() for _ in range(3)], [sq.get() for _ in range(3)], sq.empty(), sq.qsize())
from collections import deque
graph = {"a": ["b", "c"], "b": ["d"], "c": ["d", "e"], "d": ["f"], "e": ["f"], "f": []}
def bfs(start):
    seen, order, todo = {start}, [], queue.Queue()
    todo.put(start)
    while not todo.empty():
        n = todo.get(); order.append(n)
        for m in graph[n]:
            if m not in seen: seen.add(m); todo.put(m)
    return order
print(bfs("a"), queue.Queue[int], issubclass(queue.LifoQueue, queue.Queue))
q.get_nowait()
