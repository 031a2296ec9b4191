# Float arithmetic: an n-body style simulation of a few particles.
def main():
    xs = [0.0, 1.0, -1.0, 0.5, -0.5]
    ys = [0.0, 0.5, -0.5, 1.0, -1.0]
    vx = [0.0, 0.01, -0.01, 0.02, -0.02]
    vy = [0.0, -0.01, 0.01, 0.0, 0.005]
    m = [10.0, 1.0, 1.0, 0.5, 0.5]
    n = len(xs)
    dt = 0.001
    for step in range(80000):
        for i in range(n):
            ax = 0.0
            ay = 0.0
            for j in range(n):
                if i != j:
                    dx = xs[j] - xs[i]
                    dy = ys[j] - ys[i]
                    d2 = dx * dx + dy * dy + 0.01
                    inv = m[j] / (d2 * d2 ** 0.5)
                    ax += dx * inv
                    ay += dy * inv
            vx[i] += ax * dt
            vy[i] += ay * dt
        for i in range(n):
            xs[i] += vx[i] * dt
            ys[i] += vy[i] * dt
    print(round(sum(xs), 6), round(sum(ys), 6))


main()
