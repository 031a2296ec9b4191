print("imppkg.inner init", __package__)
