namespace tongxin { void uiPlaceholder() {} }
